package app.rapport.store;

import app.rapport.model.Contact;
import app.rapport.model.RelationshipStage;

import java.time.LocalDate;
import java.util.List;

/** Builds contacts for tests without spelling out all twenty-one fields each time. */
public final class ContactBuilder {
    private long id;
    private String name;
    private String organisation = "";
    private String role = "";
    private List<String> emails = List.of();
    private List<String> phones = List.of();
    private String link = "";
    private String city = "";
    private String howWeMet = "";
    private String whereWeMet = "";
    private LocalDate metOn;
    private Long introducedById;
    private String needs = "";
    private String offers = "";
    private List<String> tags = List.of();
    private String notes = "";
    private RelationshipStage stage = RelationshipStage.JUST_MET;
    private Integer stayInTouchDays;
    private boolean archived;

    private ContactBuilder(String name) {
        this.name = name;
    }

    public static ContactBuilder contact(String name) {
        return new ContactBuilder(name);
    }

    /** Starts from a stored contact, to change some of its details. */
    public static ContactBuilder from(Contact c) {
        ContactBuilder b = new ContactBuilder(c.name());
        b.id = c.id();
        b.organisation = c.organisation();
        b.role = c.role();
        b.emails = c.emails();
        b.phones = c.phones();
        b.link = c.link();
        b.city = c.city();
        b.howWeMet = c.howWeMet();
        b.whereWeMet = c.whereWeMet();
        b.metOn = c.metOn();
        b.introducedById = c.introducedById();
        b.needs = c.needs();
        b.offers = c.offers();
        b.tags = c.tags();
        b.notes = c.notes();
        b.stage = c.stage();
        b.stayInTouchDays = c.stayInTouchDays();
        b.archived = c.archived();
        return b;
    }

    public ContactBuilder id(long value) { id = value; return this; }
    public ContactBuilder name(String value) { name = value; return this; }
    public ContactBuilder organisation(String value) { organisation = value; return this; }
    public ContactBuilder role(String value) { role = value; return this; }
    public ContactBuilder emails(String... values) { emails = List.of(values); return this; }
    public ContactBuilder phones(String... values) { phones = List.of(values); return this; }
    public ContactBuilder link(String value) { link = value; return this; }
    public ContactBuilder city(String value) { city = value; return this; }
    public ContactBuilder howWeMet(String value) { howWeMet = value; return this; }
    public ContactBuilder whereWeMet(String value) { whereWeMet = value; return this; }
    public ContactBuilder metOn(LocalDate value) { metOn = value; return this; }
    public ContactBuilder introducedBy(Long value) { introducedById = value; return this; }
    public ContactBuilder needs(String value) { needs = value; return this; }
    public ContactBuilder offers(String value) { offers = value; return this; }
    public ContactBuilder tags(String... values) { tags = List.of(values); return this; }
    public ContactBuilder notes(String value) { notes = value; return this; }
    public ContactBuilder stage(RelationshipStage value) { stage = value; return this; }
    public ContactBuilder stayInTouchDays(Integer value) { stayInTouchDays = value; return this; }
    public ContactBuilder archived(boolean value) { archived = value; return this; }

    public Contact build() {
        return new Contact(id, name, organisation, role, emails, phones, link, city, howWeMet, whereWeMet, metOn,
                introducedById, needs, offers, tags, notes, stage, stayInTouchDays, archived, null, null);
    }
}
