package eu.mobilisesme.site;

import java.io.File;
import org.apache.commons.configuration2.CompositeConfiguration;
import org.jbake.app.ContentStore;
import org.jbake.app.Renderer;
import org.jbake.app.configuration.JBakeConfiguration;
import org.jbake.model.DocumentModel;
import org.jbake.render.RenderingTool;

/**
 * Renders every document before JBake's own {@code DocumentsRenderer} does, which reloads all documents of a type
 * for each document to find its previous and next ones: O(n²) per type, over half of a bake of 1,000 pages. The
 * templates show no previous or next links, so documents are rendered as they are, and JBake's renderer then finds
 * nothing left to do. Service order follows the class path (this module before jbake-core); should JBake's renderer
 * come first, the bake is slower, never different.
 */
public final class DocumentsFirstRenderer implements RenderingTool {

    @Override
    public int render(Renderer renderer, ContentStore db, JBakeConfiguration config) {
        int rendered = 0;
        for (DocumentModel document : db.getUnrenderedContent()) {
            try {
                renderer.render(document);
                db.markContentAsRendered(document);
                rendered++;
            } catch (Exception e) {
                // Left unrendered: JBake's renderer tries it again and reports the error with the others.
            }
        }
        return rendered;
    }

    @Override
    @Deprecated
    public int render(Renderer renderer, ContentStore db, File destination, File templatesPath,
                      CompositeConfiguration config) {
        return render(renderer, db, (JBakeConfiguration) null);
    }
}
