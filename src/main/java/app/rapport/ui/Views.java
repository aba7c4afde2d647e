package app.rapport.ui;

import javafx.fxml.FXMLLoader;
import javafx.scene.Parent;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.reflect.Constructor;
import java.net.URL;

/**
 * Loads a screen's FXML with the app's texts, and creates its controllers (included ones too) with the
 * {@link AppContext}, so controllers get what they need through their constructor.
 */
public final class Views {

    private Views() {
    }

    public record Loaded<C>(Parent root, C controller) {
    }

    public static <C> Loaded<C> load(Class<?> owner, String fxml, AppContext context) {
        URL location = owner.getResource(fxml);
        if (location == null) {
            throw new IllegalStateException("Missing view " + fxml + " beside " + owner.getName());
        }
        FXMLLoader loader = new FXMLLoader(location, context.texts().bundle());
        loader.setControllerFactory(type -> create(type, context));
        try {
            Parent root = loader.load();
            return new Loaded<>(root, loader.getController());
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot load " + fxml, e);
        }
    }

    private static Object create(Class<?> type, AppContext context) {
        try {
            for (Constructor<?> constructor : type.getConstructors()) {
                if (constructor.getParameterCount() == 1 && constructor.getParameterTypes()[0] == AppContext.class) {
                    return constructor.newInstance(context);
                }
            }
            return type.getConstructor().newInstance();
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("Cannot create controller " + type.getName(), e);
        }
    }
}
