package app.rapport.model;

/** A label the user puts on contacts ("designer", "Leeds", "BNI"), with how many active contacts carry it. */
public record Tag(String name, int contactCount) {
}
