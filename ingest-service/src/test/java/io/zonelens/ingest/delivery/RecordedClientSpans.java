package io.zonelens.ingest.delivery;

import io.opentelemetry.api.trace.SpanKind;
import io.opentelemetry.context.Context;
import io.opentelemetry.sdk.common.CompletableResultCode;
import io.opentelemetry.sdk.trace.ReadWriteSpan;
import io.opentelemetry.sdk.trace.ReadableSpan;
import io.opentelemetry.sdk.trace.SpanProcessor;
import io.opentelemetry.sdk.trace.data.SpanData;
import jakarta.inject.Singleton;

import java.util.List;
import java.util.concurrent.ConcurrentLinkedQueue;

/** The outgoing (CLIENT) spans ingest-service recorded in this test JVM, so a test can match what a receiver got. */
@Singleton
public class RecordedClientSpans implements SpanProcessor {

    private final ConcurrentLinkedQueue<SpanData> spans = new ConcurrentLinkedQueue<>();

    /** Client spans any of whose attributes (the URL among them) mention {@code text}. */
    public List<SpanData> mentioning(String text) {
        return spans.stream().filter(span -> span.getAttributes().asMap().values().stream()
                .anyMatch(value -> String.valueOf(value).contains(text))).toList();
    }

    @Override
    public void onStart(Context parentContext, ReadWriteSpan span) {
    }

    @Override
    public boolean isStartRequired() {
        return false;
    }

    @Override
    public void onEnd(ReadableSpan span) {
        if (span.getKind() == SpanKind.CLIENT) {
            spans.add(span.toSpanData());
        }
    }

    @Override
    public boolean isEndRequired() {
        return true;
    }

    @Override
    public CompletableResultCode shutdown() {
        spans.clear();
        return CompletableResultCode.ofSuccess();
    }
}
