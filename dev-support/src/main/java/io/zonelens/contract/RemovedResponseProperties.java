package io.zonelens.contract;

import org.openapitools.openapidiff.core.model.ChangedApiResponse;
import org.openapitools.openapidiff.core.model.ChangedContent;
import org.openapitools.openapidiff.core.model.ChangedOpenApi;
import org.openapitools.openapidiff.core.model.ChangedOperation;
import org.openapitools.openapidiff.core.model.ChangedSchema;

import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Set;

/**
 * openapi-diff lets a response lose a property that was not marked required; a client reading it breaks all the
 * same (most of our response properties are not marked required), so this lists those removals.
 */
final class RemovedResponseProperties {

    private RemovedResponseProperties() {
    }

    static List<String> in(ChangedOpenApi diff) {
        List<String> removed = new ArrayList<>();
        for (ChangedOperation operation : diff.getChangedOperations()) {
            ChangedApiResponse responses = operation.getApiResponses();
            if (responses == null) {
                continue;
            }
            responses.getChanged().forEach((status, response) -> {
                ChangedContent content = response.getContent();
                if (content != null) {
                    content.getChanged().forEach((mediaType, changed) -> walk(changed.getSchema(),
                            operation.getHttpMethod() + " " + operation.getPathUrl() + " " + status + " " + mediaType + ": ",
                            removed, Collections.newSetFromMap(new IdentityHashMap<>())));
                }
            });
        }
        return removed;
    }

    private static void walk(ChangedSchema schema, String where, List<String> removed, Set<ChangedSchema> seen) {
        if (schema == null || !seen.add(schema)) {
            return;
        }
        schema.getMissingProperties().keySet().forEach(name -> removed.add(where + name + " removed"));
        schema.getChangedProperties().forEach((name, property) -> walk(property, where + name + ".", removed, seen));
        walk(schema.getItems(), where + "[].", removed, seen);
    }
}
