package eu.mobilisesme.submission;

import eu.mobilisesme.testing.Dynalite;
import eu.mobilisesme.testing.DynaliteExtension;
import org.junit.jupiter.api.extension.ExtendWith;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;

/** The store contract on dynalite, in every build. */
@ExtendWith(DynaliteExtension.class)
class DynamoDbSubmissionStoreTest extends DynamoDbStoreContract {

    private final DynamoDbClient dynalite;

    DynamoDbSubmissionStoreTest(Dynalite engine) {
        dynalite = engine.client();
    }

    @Override
    protected DynamoDbClient engine() {
        return dynalite;
    }
}
