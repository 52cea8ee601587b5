package eu.mobilisesme.review.table;

import java.net.URI;
import java.util.Optional;

/**
 * How to reach the live table: its name, the region, and for a local engine (dynalite, LocalStack) its endpoint.
 */
public record TableSettings(String table, String region, Optional<URI> endpoint) {
}
