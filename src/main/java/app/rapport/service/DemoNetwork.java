package app.rapport.service;

import app.rapport.model.Contact;
import app.rapport.model.DealBreakerDecision;
import app.rapport.model.Impression;
import app.rapport.model.ImpressionKind;
import app.rapport.model.Interaction;
import app.rapport.model.Meeting;
import app.rapport.model.InteractionKind;
import app.rapport.model.Introduction;
import app.rapport.model.IntroductionOutcome;
import app.rapport.model.RelationshipStage;

import java.text.Normalizer;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;

import static app.rapport.model.DealBreakerDecision.OPEN;
import static app.rapport.model.DealBreakerDecision.TOLERATE;
import static app.rapport.model.DealBreakerDecision.WALK_AWAY;
import static app.rapport.model.InteractionKind.ADVICE_ASKED;
import static app.rapport.model.InteractionKind.ADVICE_GIVEN;
import static app.rapport.model.InteractionKind.CALL;
import static app.rapport.model.InteractionKind.EMAIL;
import static app.rapport.model.InteractionKind.HELP_GIVEN;
import static app.rapport.model.InteractionKind.HELP_RECEIVED;
import static app.rapport.model.InteractionKind.INTRODUCTION;
import static app.rapport.model.InteractionKind.MEETING;
import static app.rapport.model.InteractionKind.MESSAGE;
import static app.rapport.model.InteractionKind.REFERRAL_GIVEN;
import static app.rapport.model.InteractionKind.REFERRAL_RECEIVED;
import static app.rapport.model.RelationshipStage.GETTING_TO_KNOW;
import static app.rapport.model.RelationshipStage.JUST_MET;
import static app.rapport.model.RelationshipStage.LIKE;
import static app.rapport.model.RelationshipStage.PARTNER;
import static app.rapport.model.RelationshipStage.TRUST;

/**
 * A lively demo network of 60 people, as a freelance brand consultant working across Leeds, Manchester and London
 * might have built it: people met at breakfasts and mixers, introduced by each other, with needs and offers that
 * complement across the network, impressions (a few deal-breakers among them), and 18 months of timeline.
 *
 * <p>Everything is written through {@link ContactBook}, so validation and stage history apply. The people are fixed;
 * dates, phone numbers and the timeline come from a {@link Random} with a fixed seed, counted back from the clock's
 * today, so the same clock gives the same network and "last week" stays last week.
 */
public final class DemoNetwork {

    private static final long SEED = 20_240_611L;
    /** How far back the timeline goes: about 18 months. */
    private static final int TIMELINE_DAYS = 548;

    /** What was created. */
    public record Summary(int contacts, int archived, int impressions, int openDealBreakers, int interactions) {
    }

    /** One person of the demo, as the user would have typed them in. {@code tags} are comma-separated. */
    private record Person(String name, String organisation, String role, String city, RelationshipStage stage,
                          String tags, String needs, String offers, String introducedBy, String notes) {
    }

    /** A deal-breaker noted about a person, and what the user decided. */
    private record DealBreaker(String person, String text, DealBreakerDecision decision) {
    }

    /** An event with two people in it: an introduction made, a three-way meeting. */
    private record Together(InteractionKind kind, int daysAgo, String first, String second, String summary,
                            Integer followUpInDays) {
    }

    /** Where and how we met someone, and how the timeline puts it. */
    private record Event(String how, String where, String met) {
    }

    private static final List<Person> PEOPLE = List.of(
            person("Joanna Pike", "BNI Leeds Central", "Chapter director", "Leeds", PARTNER,
                    "BNI, Leeds, connector, referral partner",
                    "Visitors for the Thursday breakfast; speakers for the ten-minute education slot",
                    "Introductions across the Leeds BNI chapters; a visitor seat at the Thursday breakfast",
                    null, "Runs the breakfast like clockwork. Knows everyone in LS1."),
            person("Ana Sousa", "Sousa Bookkeeping", "Bookkeeper", "Leeds", PARTNER,
                    "BNI, Leeds, finance, referral partner",
                    "More clients among creative studios; a simpler website for her own practice",
                    "Bookkeeping and VAT returns for small firms; Xero set-up and training",
                    "Joanna Pike", "Moved to Leeds from Porto in 2012. Prefers calls before 10."),
            person("Priya Raman", "Priya Raman Photography", "Photographer", "Leeds", LIKE,
                    "creative, photography, Leeds",
                    "Looking for a reliable bookkeeper for her growing studio",
                    "Brand and headshot photography; product shoots in her Holbeck studio",
                    null, "Shoots on film for personal projects."),
            person("Siobhán O'Connor", "O'Connor Legal", "Solicitor", "Leeds", TRUST,
                    "legal, Leeds, BNI, referral partner",
                    "Introductions to founders raising their first round",
                    "Commercial contracts, terms of business and trademark registration",
                    "Joanna Pike", ""),
            person("Tomasz Wójcik", "Northern Pixel", "Web developer", "Manchester", LIKE,
                    "tech, web, Manchester",
                    "A copywriter he can bring into client projects",
                    "WordPress and Shopify websites; hosting and care plans",
                    null, "Fast, honest estimates. Cycles in from Didsbury."),
            person("Chloé Martin", "Chloé Martin Words", "Copywriter", "Manchester", GETTING_TO_KNOW,
                    "creative, copywriting, Manchester",
                    "Web developers and agencies who need words for their sites",
                    "Website copy, tone-of-voice guides and case studies",
                    null, ""),
            person("Oluwaseun Adeyemi", "Adeyemi & Co", "Accountant", "London", TRUST,
                    "finance, London, referral partner",
                    "Bookkeepers to partner with for his clients' day-to-day books",
                    "Year-end accounts and tax for limited companies and contractors",
                    null, "Goes by Seun."),
            person("Gareth Llewellyn", "Llewellyn Print", "Printer", "Leeds", TRUST,
                    "print, Leeds, BNI, supplier",
                    "Designers and brand consultants who specify print for their clients",
                    "Short-run print, packaging prototypes and letterpress business cards",
                    "Joanna Pike", "Family firm since 1974."),
            person("Mei Lin Chen", "Chen People Consulting", "HR consultant", "Manchester", LIKE,
                    "HR, Manchester, referral partner",
                    "An employment solicitor she can refer clients to",
                    "HR policies, first hires and staff handbooks for firms of 5 to 50",
                    null, ""),
            person("Kwame Mensah", "Mensah IT", "IT support", "Leeds", PARTNER,
                    "tech, Leeds, BNI, supplier, referral partner",
                    "Small offices of 5–50 staff who have outgrown \"the nephew who does IT\"",
                    "Managed IT support, Microsoft 365, backups and Cyber Essentials",
                    "Joanna Pike", "Looks after my own laptop and backups."),
            person("Niamh Brennan", "Brennan Coaching", "Business coach", "Leeds", LIKE,
                    "coaching, Leeds, women in business",
                    "A photographer for new website portraits",
                    "One-to-one coaching for founders; a quarterly planning day",
                    null, ""),
            person("José Álvarez", "Álvarez Architects", "Architect", "London", GETTING_TO_KNOW,
                    "architecture, London, prospect",
                    "A brand refresh for his practice before its tenth anniversary",
                    "Residential extensions and office fit-outs",
                    "Oluwaseun Adeyemi", "Potential client: wants a proposal in the spring."),
            person("Zoë Hartley", "Hartley Talent", "Recruiter", "Manchester", GETTING_TO_KNOW,
                    "recruitment, Manchester",
                    "Employers hiring marketing and creative roles",
                    "Recruitment for marketing, design and digital roles",
                    null, ""),
            person("Björn Lindqvist", "Northern Counties Bank", "Business relationship manager", "Leeds", TRUST,
                    "finance, banker, Leeds",
                    "Introductions to growing firms that need lending",
                    "Business accounts, overdrafts and growth lending; a straight answer on bank rules",
                    null, "Swedish; Leeds United season ticket holder."),
            person("Aisha Khan", "Khan Financial Planning", "Financial adviser", "Manchester", GETTING_TO_KNOW,
                    "finance, Manchester",
                    "Accountants who refer self-employed clients",
                    "Pensions and income protection for the self-employed",
                    null, ""),
            person("Fatima Begum", "Begum Virtual Assistance", "Virtual assistant", "Leeds", JUST_MET,
                    "admin, Leeds",
                    "Consultants drowning in email who need a few hours of help a week",
                    "Inbox and diary management, invoice chasing, travel booking",
                    null, ""),
            person("Rhiannon Evans", "Evans Design Co", "Graphic designer", "Manchester", TRUST,
                    "creative, design, Manchester, referral partner",
                    "A printer she can trust for packaging runs",
                    "Logos, packaging and brand identity design",
                    null, "Overflow design work goes to her first."),
            person("Hiroshi Tanaka", "Tanaka Films", "Video producer", "London", GETTING_TO_KNOW,
                    "creative, video, London",
                    "A copywriter for scripts; brands that want short films",
                    "Brand films, case-study videos and event highlights",
                    null, ""),
            person("Renée Dubois", "Dubois Interiors", "Interior designer", "London", JUST_MET,
                    "design, interiors, London",
                    "An architect for a restaurant refurbishment in Islington",
                    "Interiors for offices, cafés and boutique hotels",
                    null, ""),
            person("Dev Patel", "Rankwell", "SEO consultant", "Manchester", LIKE,
                    "marketing, digital, Manchester",
                    "Web developers who build sites he can optimise",
                    "SEO audits, Google Ads and analytics set-up",
                    "Tomasz Wójcik", ""),
            person("Søren Madsen", "Madsen Workshop", "Furniture maker", "Leeds", JUST_MET,
                    "craft, interiors, Leeds",
                    "Interior designers and architects specifying bespoke furniture",
                    "Bespoke oak desks, shelving and meeting tables",
                    null, ""),
            person("Mohammed Iqbal", "Iqbal Property", "Commercial property agent", "Manchester", GETTING_TO_KNOW,
                    "property, Manchester",
                    "Businesses outgrowing their office",
                    "Office and studio searches; lease negotiations",
                    "Björn Lindqvist", ""),
            person("Ewa Nowak", "Nowak Translations", "Translator", "London", JUST_MET,
                    "language, London",
                    "Agencies taking clients into Poland and Germany",
                    "Polish, German and English translation; website localisation",
                    null, ""),
            person("Hannah Goldberg", "Goldberg PR", "PR consultant", "London", LIKE,
                    "PR, media, London",
                    "Press photographers, and founders with a story worth telling",
                    "Press releases, media training and launch campaigns",
                    null, ""),
            person("Callum McLeod", "McLeod Insurance Brokers", "Insurance broker", "Leeds", GETTING_TO_KNOW,
                    "finance, insurance, Leeds, BNI",
                    "Solicitors and accountants to refer clients to",
                    "Professional indemnity, public liability and cyber insurance",
                    "Joanna Pike", ""),
            person("Amara Okafor", "Glow Botanics", "Founder", "Manchester", PARTNER,
                    "client, beauty, e-commerce, Manchester",
                    "Packaging design and a printer for the new skincare range; a bookkeeper",
                    "Advice on selling through Etsy, Not On The High Street and Amazon",
                    "Rhiannon Evans", "Client since 2023: brand strategy and the packaging brief."),
            person("Luca Bianchi", "Trattoria Bianchi", "Restaurant owner", "Leeds", LIKE,
                    "client, hospitality, Leeds",
                    "Food photography and a new website with online booking",
                    "Private dining room for networking breakfasts and client dinners",
                    null, ""),
            person("İlker Demir", "Demir Apps", "App developer", "London", JUST_MET,
                    "tech, apps, London",
                    "A UX designer to partner with on client apps",
                    "iOS and Android apps; Flutter prototypes in two weeks",
                    null, ""),
            person("Małgorzata Kowalska", "Kowalska UX", "UX designer", "Manchester", GETTING_TO_KNOW,
                    "design, UX, Manchester",
                    "Developers who want research and prototypes done properly",
                    "UX research, usability testing and clickable prototypes",
                    "Chloé Martin", "Goes by Gosia."),
            person("Chiara Esposito", "Esposito Events", "Event planner", "London", LIKE,
                    "events, London",
                    "A photographer and a printer for conference season",
                    "Corporate events, venue finding and speaker management",
                    null, ""),
            person("Raj Sharma", "ShieldPoint Security", "Cyber security consultant", "Leeds", GETTING_TO_KNOW,
                    "tech, security, Leeds",
                    "IT support firms whose clients need Cyber Essentials",
                    "Cyber Essentials certification and phishing training",
                    "Kwame Mensah", ""),
            person("Yasmin Haddad", "Northern Food Bank Network", "Marketing director", "Manchester", TRUST,
                    "client, charity, Manchester",
                    "A videographer for the winter appeal; pro-bono design help",
                    "Volunteering days for corporate teams",
                    null, "Client: brand refresh in 2024."),
            person("Ben Whitaker", "Leeds Chamber of Commerce", "Events manager", "Leeds", LIKE,
                    "Chamber, connector, events, Leeds",
                    "Speakers for the spring business series",
                    "Speaking slots and introductions to Chamber members",
                    null, ""),
            person("Sophie Turner", "The Loom Co-working", "Community manager", "Leeds", GETTING_TO_KNOW,
                    "co-working, Leeds",
                    "New members for the Kirkstall Road space",
                    "Day passes, meeting rooms and a monthly members' lunch",
                    null, "Moved to Melbourne."),
            person("Jack Thornton", "Thornton Wealth", "Financial planner", "London", JUST_MET,
                    "finance, London",
                    "Accountants and solicitors whose clients are selling their business",
                    "Retirement and exit planning for business owners",
                    null, ""),
            person("Emily Clarke", "Clarke Books & Payroll", "Bookkeeper", "Manchester", GETTING_TO_KNOW,
                    "finance, bookkeeping, Manchester",
                    "Manchester clients who need payroll",
                    "Payroll, pension auto-enrolment and bookkeeping",
                    "Aisha Khan", ""),
            person("Tom Ashworth", "Ashworth Signs", "Sign maker", "Leeds", GETTING_TO_KNOW,
                    "print, signage, Leeds",
                    "Designers who bring him shop-front jobs",
                    "Shop signage, vehicle wraps and exhibition stands",
                    null, ""),
            person("Grace Ogunleye", "Ogunleye Leadership", "Leadership coach", "London", LIKE,
                    "coaching, leadership, London",
                    "HR consultants who bring her into teams",
                    "Team workshops and leadership programmes for new managers",
                    null, ""),
            person("Sanjay Mehta", "Pennine Enterprise Loans", "Lending manager", "Leeds", JUST_MET,
                    "finance, start-ups, Leeds",
                    "Start-ups the banks have turned down",
                    "Start-up loans up to £25,000, with a mentor",
                    "Björn Lindqvist", ""),
            person("Leila Farahani", "Leila Draws", "Illustrator", "Manchester", GETTING_TO_KNOW,
                    "creative, illustration, Manchester",
                    "Agencies and brands who need illustration",
                    "Illustration for packaging, books and brand campaigns",
                    "Rhiannon Evans", ""),
            person("François Lefèvre", "Lefèvre Wines", "Wine merchant", "London", LIKE,
                    "client, hospitality, London",
                    "A rebrand before opening a second shop in Clapham",
                    "Corporate gifts and wine tastings for client events",
                    null, ""),
            person("Nuno Gonçalves", "Gonçalves Studio", "Shopify developer", "London", JUST_MET,
                    "tech, web, e-commerce, London",
                    "Product brands moving to Shopify",
                    "Shopify stores, migrations and subscriptions",
                    "Ana Sousa", ""),
            person("Ingrid Solberg", "Solberg Sustainability", "Sustainability consultant", "Leeds", GETTING_TO_KNOW,
                    "sustainability, B Corp, Leeds",
                    "Firms starting their B Corp journey",
                    "B Corp certification support and carbon footprints",
                    null, ""),
            person("Declan Murphy", "Murphy Employment Law", "Employment solicitor", "Manchester", LIKE,
                    "legal, HR, Manchester",
                    "HR consultants who need a solicitor for the hard cases",
                    "Employment law: contracts, disputes and settlement agreements",
                    "Siobhán O'Connor", ""),
            person("Ifeoma Nwosu", "Nwosu Funding", "Grant writer", "Leeds", JUST_MET,
                    "funding, charity, Leeds",
                    "Charities and social enterprises applying for grants",
                    "Grant applications and funding strategies",
                    null, ""),
            person("Arjun Kapoor", "Ledgerly", "Founder", "London", GETTING_TO_KNOW,
                    "start-ups, fintech, London, prospect",
                    "Brand strategy before the seed round; a commercial solicitor",
                    "Advice on fundraising and pitch decks",
                    "Hannah Goldberg", ""),
            person("Helen Marsh", "Helen Marsh Photography", "Event photographer", "Manchester", LIKE,
                    "creative, photography, Manchester",
                    "Event organisers who book photographers for conferences",
                    "Event and conference photography with same-day edits",
                    null, ""),
            person("Martin Hughes", "Hughes Precision Engineering", "Managing director", "Leeds", TRUST,
                    "client, manufacturing, Leeds",
                    "A rebrand for the firm's 50th anniversary; a recruiter for apprentices",
                    "Factory tours for schools; advice on exporting to Germany",
                    "Björn Lindqvist", "Client: anniversary rebrand, phase two next year."),
            person("Marta Ruiz", "Ruiz Social", "Social media manager", "Manchester", JUST_MET,
                    "marketing, social media, Manchester",
                    "Photographers and videographers for content days",
                    "Social media management and content calendars",
                    null, ""),
            person("Olivia Bennett", "Northern Makers Podcast", "Podcast host", "Leeds", GETTING_TO_KNOW,
                    "media, podcast, Leeds",
                    "Guests with a story about building a business in the North",
                    "Podcast guest spots and episode promotion",
                    null, "The podcast ended in the autumn."),
            person("Sam Okoro", "Okoro Accountancy", "Accountant", "Leeds", LIKE,
                    "finance, accountant, BNI, Leeds",
                    "Bookkeepers and IT firms to share clients with",
                    "Accounts, tax returns and R&D tax credits",
                    "Joanna Pike", ""),
            person("Lucy Fairbairn", "Fairbairn Flowers", "Florist", "Leeds", JUST_MET,
                    "events, flowers, Leeds",
                    "Corporate clients for weekly office flowers",
                    "Event and office flowers; wreath workshops in December",
                    null, ""),
            person("Rebecca Shaw", "Shaw Surveyors", "Chartered surveyor", "Manchester", GETTING_TO_KNOW,
                    "property, Manchester",
                    "Architects and agents to refer survey work",
                    "Building surveys and dilapidations",
                    "Mohammed Iqbal", ""),
            person("Daniel Cohen", "Cohen Ventures", "Angel investor", "London", LIKE,
                    "investor, start-ups, London",
                    "Early-stage founders with traction",
                    "Seed funding and mentoring for consumer brands",
                    null, ""),
            person("Patrick Doyle", "Doyle Shopfitting", "Shopfitter", "Manchester", GETTING_TO_KNOW,
                    "construction, retail, Manchester",
                    "Architects and interior designers with retail projects",
                    "Shop and restaurant fit-outs",
                    null, ""),
            person("Mariana Costa", "Costa Brand Studio", "Brand consultant", "London", PARTNER,
                    "branding, peer, London",
                    "Someone to take her overflow projects in the North",
                    "Overflow brand work and naming projects; a second opinion on proposals",
                    null, "A peer, not a competitor: we swap overflow work."),
            person("Kate Robinson", "University of Leeds Enterprise Hub", "Enterprise manager", "Leeds", LIKE,
                    "education, start-ups, Leeds",
                    "Mentors for student founders",
                    "Student interns and research partnerships",
                    "Ben Whitaker", ""),
            person("Nadia Rahman", "Rahman Copy", "B2B copywriter", "Leeds", JUST_MET,
                    "creative, copywriting, Leeds",
                    "Tech firms needing case studies and white papers",
                    "B2B copy, case studies and white papers",
                    null, ""),
            person("Peter Lam", "Lam's Kitchen", "Café owner", "Manchester", JUST_MET,
                    "client, hospitality, Manchester",
                    "Menu design and signage for a second café",
                    "Catering for meetings and events",
                    null, "Sold the café; no longer trading."),
            person("Ahmed Hassan", "Hassan Tech Solutions", "IT support", "Manchester", LIKE,
                    "tech, Manchester",
                    "Leads from consultants' clients",
                    "Laptop repairs and office networks",
                    null, ""));

    private static final List<DealBreaker> DEAL_BREAKERS = List.of(
            new DealBreaker("Tom Ashworth", "Showed a client's logo in his portfolio as if he had designed it",
                    WALK_AWAY),
            new DealBreaker("Rebecca Shaw", "Shared a client's confidential valuation figures at the mixer", WALK_AWAY),
            new DealBreaker("Ahmed Hassan", "Asked me to backdate an invoice for his client's grant claim", WALK_AWAY),
            new DealBreaker("Zoë Hartley", "Added everyone from the mixer to her mailing list without asking", OPEN),
            new DealBreaker("Callum McLeod", "Pushed for a sale at our first coffee, and again by text that evening",
                    OPEN),
            new DealBreaker("François Lefèvre", "Paid my last invoice 90 days late and ignored two reminders", OPEN),
            new DealBreaker("Daniel Cohen", "Talked over the two women founders at the pitch evening, twice", OPEN),
            new DealBreaker("Hannah Goldberg", "Criticised a member's pitch in front of the whole room", TOLERATE),
            new DealBreaker("Luca Bianchi", "Always at least 20 minutes late", TOLERATE));

    private static final List<String> ARCHIVED = List.of("Sophie Turner", "Tom Ashworth", "Peter Lam");

    private static final List<Together> TOGETHER = List.of(
            new Together(INTRODUCTION, 41, "Priya Raman", "Ana Sousa",
                    "Introduced Priya to Ana for her studio's bookkeeping", 14),
            new Together(MEETING, 96, "Tomasz Wójcik", "Chloé Martin",
                    "Three-way coffee: Tomasz and Chloé to team up on website projects", null),
            new Together(INTRODUCTION, 9, "Mei Lin Chen", "Declan Murphy",
                    "Introduced Mei Lin to Declan for employment-law referrals", 21),
            new Together(INTRODUCTION, 130, "Rhiannon Evans", "Gareth Llewellyn",
                    "Introduced Rhiannon to Gareth for the Glow Botanics packaging run", null),
            new Together(MEETING, 62, "Amara Okafor", "Rhiannon Evans",
                    "Packaging review with Amara and Rhiannon at the Glow Botanics unit", 10),
            new Together(REFERRAL_RECEIVED, 150, "José Álvarez", "Oluwaseun Adeyemi",
                    "Seun referred José Álvarez for a brand refresh", null));

    private static final Map<String, List<Event>> EVENTS = Map.of(
            "Leeds", List.of(
                    new Event("BNI breakfast, as a visitor", "BNI Leeds Central, Weetwood Hall",
                            "Met at the BNI breakfast"),
                    new Event("Chamber of Commerce mixer", "Leeds Chamber of Commerce, Wellington Place",
                            "Met at the Chamber of Commerce mixer"),
                    new Event("Talk at Leeds Digital Festival", "Platform, Leeds",
                            "Met after my talk at Leeds Digital Festival"),
                    new Event("Co-working day", "Duke Studios, Sheaf Street",
                            "Met on a co-working day at Duke Studios"),
                    new Event("Client referral", "Coffee at Laynes Espresso",
                            "First coffee, after a client referred us")),
            "Manchester", List.of(
                    new Event("Chamber of Commerce mixer", "Greater Manchester Chamber, Elliot House",
                            "Met at the Chamber of Commerce mixer"),
                    new Event("Creative freelancers' meetup", "The Federation, Manchester",
                            "Met at the creative freelancers' meetup"),
                    new Event("Business breakfast", "4Networking, Northern Quarter",
                            "Met at the 4Networking breakfast"),
                    new Event("Client referral", "Video call", "First video call, after a client referred us")),
            "London", List.of(
                    new Event("Brand strategy workshop", "Shoreditch Town Hall",
                            "Met at the brand strategy workshop"),
                    new Event("Design Business Association conference", "Kings Place, London",
                            "Met at the DBA conference"),
                    new Event("Client referral", "Video call", "First video call, after a client referred us"),
                    new Event("Founders' supper club", "Clerkenwell, London", "Met at the founders' supper club")));

    private static final List<String> LIKES = List.of(
            "Listens more than talks", "Follows up the same day", "Generous with introductions",
            "Says no when it's no: a straight talker", "Remembers names and little details",
            "Turned work round in two days when I was stuck", "Honest about what they don't do",
            "Really curious about my clients' businesses", "Calm under pressure", "Brings cake to the breakfast",
            "Very organised; agendas before every meeting",
            "Warm with everyone in the room, not just the useful people",
            "Great sense of humour", "Thanks people publicly", "Prices are clear and fair",
            "Asks good questions before offering a solution", "Always on time", "Writes lovely handwritten notes");

    private static final List<String> DISLIKES = List.of(
            "Talks over people", "Slow to answer email; a week is normal", "Sells a little too hard",
            "On the phone during meetings", "Name-drops a lot", "Vague about prices", "Cancels at short notice",
            "Sends long voice notes instead of a quick email", "Heavy on jargon",
            "Turns every conversation back to their own business", "Overpromises on deadlines");

    private static final List<Impression> CONFIDENTIAL = List.of(
            confidential(ImpressionKind.LIKE, "Told me about their burnout last year; very open about it"),
            confidential(ImpressionKind.DISLIKE, "Mentioned cash-flow trouble: may pay suppliers late this quarter"),
            confidential(ImpressionKind.LIKE, "Planning to sell the business next year; asked me to keep it quiet"),
            confidential(ImpressionKind.DISLIKE, "Unhappy with their business partner; might split this year"),
            confidential(ImpressionKind.LIKE, "Shared their real day rate so I could price a joint bid fairly"));

    private static final Map<InteractionKind, List<String>> SUMMARIES = Map.ofEntries(
            Map.entry(CALL, List.of("Catch-up call about plans for the next quarter", "Quick call about a proposal",
                    "Call: talked through a tricky client", "Call to compare notes on pricing")),
            Map.entry(EMAIL, List.of("Sent the article we talked about", "Emailed a thank-you after the breakfast",
                    "Sent my slides from the talk", "Email about a possible joint workshop")),
            Map.entry(MESSAGE, List.of("LinkedIn message congratulating them on the new contract",
                    "WhatsApp: shared a job that might suit their network", "Message to say well done on the award")),
            Map.entry(MEETING, List.of("Coffee at Laynes: getting to know each other properly",
                    "One-to-one after the breakfast", "Lunch: talked about who they most want to meet",
                    "Walk and talk round the park", "Visited their studio")),
            Map.entry(REFERRAL_GIVEN, List.of("Referred a client who needs exactly what they offer",
                    "Passed on a lead from the Chamber mixer", "Recommended them for a tender")),
            Map.entry(REFERRAL_RECEIVED, List.of("Referred me to a client planning a rebrand",
                    "Passed my name to a start-up founder", "Recommended me to their biggest client")),
            Map.entry(ADVICE_ASKED, List.of("Asked for advice on raising my day rate",
                    "Asked how they handle late payers", "Asked for a second opinion on a contract clause")),
            Map.entry(ADVICE_GIVEN, List.of("Gave feedback on their new logo", "Advised on their pitch deck",
                    "Helped them word a difficult email to a client")),
            Map.entry(HELP_GIVEN, List.of("Reviewed their website copy", "Shared my proposal template",
                    "Spoke at their event at short notice")),
            Map.entry(HELP_RECEIVED, List.of("Covered a client meeting when I was ill",
                    "Lent me their studio for a shoot", "Proofread my case study")));

    private static final List<InteractionKind> EARLY_KINDS = List.of(CALL, EMAIL, MESSAGE, MEETING, MEETING,
            ADVICE_ASKED);
    private static final List<InteractionKind> LATER_KINDS = List.of(CALL, CALL, EMAIL, MESSAGE, MEETING, MEETING,
            REFERRAL_GIVEN, REFERRAL_RECEIVED, ADVICE_ASKED, ADVICE_GIVEN, HELP_GIVEN, HELP_RECEIVED);

    private DemoNetwork() {
    }

    /** Writes the demo network into the book's database; call it on an empty database. */
    public static Summary populate(ContactBook book, Clock clock) {
        Random random = new Random(SEED);
        LocalDate today = LocalDate.now(clock);
        Map<String, Long> ids = new HashMap<>();
        Map<String, Contact> saved = new HashMap<>();
        int impressions = 0;
        int interactions = 0;

        for (Person person : PEOPLE) {
            Event event = whereWeMet(random, person);
            LocalDate metOn = today.minusDays(metDaysAgo(random, person.stage()));
            Long introducedBy = person.introducedBy() == null ? null : idOf(ids, person.introducedBy());
            String how = introducedBy == null ? event.how() : "Introduced by " + person.introducedBy();
            Contact contact = book.dated(metOn).save(new Contact(0, person.name(), person.organisation(),
                    person.role(), emails(random, person), phones(random, person.city()), link(random, person.name()),
                    person.city(), how, event.where(), metOn, introducedBy, person.needs(), person.offers(),
                    Arrays.stream(person.tags().split(",")).map(String::strip).toList(), person.notes(),
                    JUST_MET, null, false, null, null));
            contact = growToward(book, contact, person.stage(), today);
            ids.put(person.name(), contact.id());
            saved.put(person.name(), contact);

            impressions += noteImpressions(book.dated(metOn), random, contact);
            interactions += logTimeline(book, random, contact, event, person.introducedBy(), today);
        }

        for (Together together : TOGETHER) {
            LocalDate on = today.minusDays(together.daysAgo());
            LocalDate followUp = together.followUpInDays() == null ? null : on.plusDays(together.followUpInDays());
            book.logInteraction(Interaction.draft(together.kind(), on, together.summary(), followUp,
                    List.of(idOf(ids, together.first()), idOf(ids, together.second()))));
            interactions++;
        }

        int openDealBreakers = 0;
        for (DealBreaker dealBreaker : DEAL_BREAKERS) {
            // noticed a while after meeting; decided some weeks later (still undecided for some)
            LocalDate metOn = saved.get(dealBreaker.person()).metOn();
            LocalDate noticed = between(metOn, today, 0.6);
            Impression noted = book.dated(noticed).noteImpression(idOf(ids, dealBreaker.person()),
                    ImpressionKind.DEAL_BREAKER, dealBreaker.text(), false);
            impressions++;
            if (dealBreaker.decision() == OPEN) {
                openDealBreakers++;
            } else {
                book.dated(between(noticed, today, 0.5)).decide(noted.id(), dealBreaker.decision());
            }
        }

        introductions(book, ids, today);
        MeetingPlanner.Captured metAtPanel = meetings(book.meetings(), ids, today);
        interactions++;
        for (String name : ARCHIVED) {
            book.archive(idOf(ids, name));
        }
        return new Summary(saved.size() + metAtPanel.added().size(), ARCHIVED.size(), impressions + 1, openDealBreakers,
                interactions);
    }

    /**
     * Introductions at every step: one that led to work together, one waiting for an answer, one made and waiting
     * for its outcome (vouching for someone not yet trusted, accepted), and a fresh idea. Each step is dated as it
     * would have happened.
     */
    private static void introductions(ContactBook book, Map<String, Long> ids, LocalDate today) {
        long oluwaseun = idOf(ids, "Oluwaseun Adeyemi");
        long ana = idOf(ids, "Ana Sousa");
        long done = book.introductionsOn(today.minusDays(60)).plan(oluwaseun, ana,
                "Ana keeps the day-to-day books his year-end clients keep getting wrong",
                "Oluwaseun's limited-company clients need a bookkeeper every month", "", false).after().id();
        book.introductionsOn(today.minusDays(58)).ask(done, Introduction.Side.A);
        book.introductionsOn(today.minusDays(58)).ask(done, Introduction.Side.B);
        book.introductionsOn(today.minusDays(56)).answer(done, Introduction.Side.A, true);
        book.introductionsOn(today.minusDays(55)).answer(done, Introduction.Side.B, true);
        book.introductionsOn(today.minusDays(54)).introduce(done);
        book.introductionsOn(today.minusDays(30)).close(done, IntroductionOutcome.WORKING_TOGETHER);

        long amara = idOf(ids, "Amara Okafor");
        long rhiannon = idOf(ids, "Rhiannon Evans");
        long asking = book.introductionsOn(today.minusDays(6)).plan(amara, rhiannon,
                "Rhiannon designs packaging and knows printers who do short runs",
                "Amara's new skincare range needs packaging now, and she pays promptly",
                "Both at the Thursday breakfast next month", false).after().id();
        book.introductionsOn(today.minusDays(5)).ask(asking, Introduction.Side.A);
        book.introductionsOn(today.minusDays(5)).ask(asking, Introduction.Side.B);
        book.introductionsOn(today.minusDays(3)).answer(asking, Introduction.Side.A, true);

        long yasmin = idOf(ids, "Yasmin Haddad");
        long hiroshi = idOf(ids, "Hiroshi Tanaka");
        long made = book.introductionsOn(today.minusDays(20)).plan(yasmin, hiroshi,
                "Hiroshi makes short brand films and has offered a charity rate",
                "A winter appeal film for a well-known charity is a strong case study", "", true).after().id();
        book.introductionsOn(today.minusDays(19)).ask(made, Introduction.Side.A);
        book.introductionsOn(today.minusDays(19)).ask(made, Introduction.Side.B);
        book.introductionsOn(today.minusDays(17)).answer(made, Introduction.Side.A, true);
        book.introductionsOn(today.minusDays(16)).answer(made, Introduction.Side.B, true);
        book.introductionsOn(today.minusDays(15)).introduce(made);

        book.introductionsOn(today.minusDays(1)).plan(idOf(ids, "Björn Lindqvist"), idOf(ids, "Martin Hughes"),
                "Martin's firm is growing and will need lending for the new line",
                "Björn can help fund the export push Martin keeps mentioning", "", false);
    }

    /**
     * Three meetings: the breakfast later this week (the briefing in the README), a mixer in a fortnight, and a
     * panel that has been, with the people met there written down.
     */
    private static MeetingPlanner.Captured meetings(MeetingPlanner meetings, Map<String, Long> ids, LocalDate today) {
        Meeting breakfast = meetings.save(Meeting.planned("Thursday networking breakfast",
                today.plusDays(3).atTime(7, 30), "The Corn Exchange, Leeds",
                "Ask Amara how the skincare launch is going. Bring the printed case study."));
        for (String name : List.of("Amara Okafor", "Rhiannon Evans", "Gareth Llewellyn", "Joanna Pike",
                "Ana Sousa", "Sanjay Mehta")) {
            meetings.addAttendee(breakfast.id(), idOf(ids, name));
        }
        Meeting mixer = meetings.save(Meeting.planned("Chamber of Commerce winter mixer",
                today.plusDays(14).atTime(18, 0), "Leeds Chamber of Commerce", ""));
        for (String name : List.of("Ben Whitaker", "Martin Hughes", "Björn Lindqvist", "Kate Robinson")) {
            meetings.addAttendee(mixer.id(), idOf(ids, name));
        }
        Meeting panel = meetings.save(Meeting.planned("Northern Makers live panel", today.minusDays(12).atTime(19, 0),
                "The Loom Co-working", "Olivia's podcast recorded live; I was on the panel."));
        meetings.addAttendee(panel.id(), idOf(ids, "Olivia Bennett"));
        meetings.addAttendee(panel.id(), idOf(ids, "Sophie Turner"));
        return meetings.capture(panel.id(), List.of(new MetPerson("Harriet Cole", "Cole & Daughter Ceramics",
                "Generous with contacts", "", "", "a stockist for her tableware in Leeds",
                "handmade tableware for restaurants")), List.of(idOf(ids, "Olivia Bennett")));
    }

    /**
     * Moves a relationship up the stages one at a time, from the day we met to its stage today, each step on its
     * own date, so the stage history reads as it would have happened.
     */
    private static Contact growToward(ContactBook book, Contact contact, RelationshipStage stage, LocalDate today) {
        Contact grown = contact;
        int steps = stage.ordinal() - JUST_MET.ordinal();
        for (int step = 1; step <= steps; step++) {
            LocalDate on = between(contact.metOn(), today, step / (steps + 1.0));
            grown = book.dated(on).save(grown.withStage(RelationshipStage.values()[JUST_MET.ordinal() + step]));
        }
        return grown;
    }

    /** The day {@code share} of the way from {@code from} to {@code to}. */
    private static LocalDate between(LocalDate from, LocalDate to, double share) {
        return from.plusDays(Math.round((to.toEpochDay() - from.toEpochDay()) * share));
    }

    /** Likes and dislikes, one to four (one or two for someone just met); now and then a confidential one. */
    private static int noteImpressions(ContactBook book, Random random, Contact contact) {
        int count = contact.stage() == JUST_MET ? 1 + random.nextInt(2) : 1 + random.nextInt(4);
        List<String> used = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            if (random.nextInt(10) == 0) {
                Impression secret = pick(random, CONFIDENTIAL);
                if (!used.contains(secret.text())) {
                    used.add(secret.text());
                    book.noteImpression(contact.id(), secret.kind(), secret.text(), true);
                }
                continue;
            }
            boolean like = random.nextInt(3) > 0;
            String text = pick(random, like ? LIKES : DISLIKES);
            if (!used.contains(text)) {
                used.add(text);
                book.noteImpression(contact.id(), like ? ImpressionKind.LIKE : ImpressionKind.DISLIKE, text, false);
            }
        }
        return used.size();
    }

    /**
     * The contact's timeline over the last 18 months: more events the further the relationship has come, starting
     * with the day we met when that falls inside the window; the latest event sometimes carries a follow-up,
     * which may by now be overdue or still to come.
     */
    private static int logTimeline(ContactBook book, Random random, Contact contact, Event event,
                                   String introducedBy, LocalDate today) {
        int count = switch (contact.stage()) {
            case JUST_MET -> random.nextInt(3);
            case GETTING_TO_KNOW -> 1 + random.nextInt(4);
            case LIKE -> 2 + random.nextInt(5);
            case TRUST -> 4 + random.nextInt(6);
            case PARTNER, PARKED -> 7 + random.nextInt(6);
        };
        LocalDate windowStart = today.minusDays(TIMELINE_DAYS);
        LocalDate from = contact.metOn().isAfter(windowStart) ? contact.metOn() : windowStart;
        int span = (int) (today.toEpochDay() - from.toEpochDay());
        List<LocalDate> dates = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            dates.add(i == 0 && from.equals(contact.metOn()) ? from : from.plusDays(random.nextInt(span + 1)));
        }
        dates.sort(null);
        int followUp = random.nextInt(10); // 0-1: overdue, 2-3: coming up, else none
        List<InteractionKind> kinds = contact.stage().ordinal() >= LIKE.ordinal() ? LATER_KINDS : EARLY_KINDS;
        List<String> said = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            LocalDate on = dates.get(i);
            boolean first = i == 0 && on.equals(contact.metOn());
            InteractionKind kind = first ? InteractionKind.MET : pick(random, kinds);
            String summary = first ? (introducedBy == null ? event.met() : "First met, introduced by " + introducedBy)
                    : freshSummary(random, kind, said);
            said.add(summary);
            boolean secret = kind == ADVICE_ASKED && random.nextInt(3) == 0;
            String notes = secret ? "Told me in confidence about a dispute with a former partner." : "";
            LocalDate followUpOn = null;
            if (i == count - 1 && followUp < 2) {
                LocalDate due = today.minusDays(1 + random.nextInt(20));
                followUpOn = due.isBefore(on) ? on : due;
            } else if (i == count - 1 && followUp < 4) {
                followUpOn = today.plusDays(1 + random.nextInt(21));
            }
            book.logInteraction(new Interaction(0, kind, on, summary, notes, secret, followUpOn,
                    List.of(contact.id())));
        }
        return count;
    }

    /** BNI members met at the breakfast, Chamber people at the mixer; everyone else somewhere in their city. */
    private static Event whereWeMet(Random random, Person person) {
        List<Event> events = EVENTS.get(person.city());
        Event anywhere = pick(random, events);
        for (String group : List.of("BNI", "Chamber")) {
            if (person.tags().contains(group)) {
                return events.stream().filter(e -> e.how().startsWith(group)).findFirst().orElse(anywhere);
            }
        }
        return anywhere;
    }

    /** A summary of this kind not yet used on this person's timeline, when there is one left. */
    private static String freshSummary(Random random, InteractionKind kind, List<String> said) {
        List<String> unused = SUMMARIES.get(kind).stream().filter(s -> !said.contains(s)).toList();
        return pick(random, unused.isEmpty() ? SUMMARIES.get(kind) : unused);
    }

    private static int metDaysAgo(Random random, RelationshipStage stage) {
        return switch (stage) {
            case JUST_MET -> 2 + random.nextInt(40);
            case GETTING_TO_KNOW -> 30 + random.nextInt(170);
            case LIKE -> 90 + random.nextInt(310);
            case TRUST -> 250 + random.nextInt(450);
            case PARTNER, PARKED -> 400 + random.nextInt(1100);
        };
    }

    private static List<String> emails(Random random, Person person) {
        String local = ascii(person.name()).replace(' ', '.');
        String domain = person.tags().contains("charity") ? "example.org"
                : pick(random, List.of("example.com", "example.com", "example.net"));
        List<String> emails = new ArrayList<>(List.of(local + "@" + domain));
        if (random.nextInt(5) == 0) {
            emails.add(local.substring(0, local.indexOf('.')) + "@example.org");
        }
        return emails;
    }

    /** Numbers from Ofcom's ranges reserved for drama, so no real phone rings. */
    private static List<String> phones(Random random, String city) {
        List<String> phones = new ArrayList<>(List.of("+44 7700 900" + String.format("%03d", random.nextInt(1000))));
        if (random.nextInt(5) < 2) {
            String landline = switch (city) {
                case "Leeds" -> "+44 113 496 0";
                case "Manchester" -> "+44 161 496 0";
                default -> "+44 20 7946 0";
            };
            phones.add(landline + String.format("%03d", random.nextInt(1000)));
        }
        return phones;
    }

    private static String link(Random random, String name) {
        return random.nextInt(10) < 7 ? "https://example.com/in/" + ascii(name).replace(' ', '-') : "";
    }

    /** "Siobhán O'Connor" → "siobhan oconnor": for addresses made up from names. */
    private static String ascii(String name) {
        String folded = Normalizer.normalize(name.replace("ł", "l").replace("ø", "o").replace("İ", "I"),
                Normalizer.Form.NFD);
        return folded.replaceAll("\\p{M}", "").toLowerCase(Locale.ROOT).replaceAll("[^a-z ]", "");
    }

    private static long idOf(Map<String, Long> ids, String name) {
        Long id = ids.get(name);
        if (id == null) {
            throw new IllegalStateException(name + " must come earlier in the demo network");
        }
        return id;
    }

    private static <T> T pick(Random random, List<T> values) {
        return values.get(random.nextInt(values.size()));
    }

    private static Person person(String name, String organisation, String role, String city,
                                 RelationshipStage stage, String tags, String needs, String offers,
                                 String introducedBy, String notes) {
        return new Person(name, organisation, role, city, stage, tags, needs, offers, introducedBy, notes);
    }

    private static Impression confidential(ImpressionKind kind, String text) {
        return Impression.draft(0, kind, text, LocalDate.EPOCH, true);
    }
}
