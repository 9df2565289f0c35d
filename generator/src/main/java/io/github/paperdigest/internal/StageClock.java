package io.github.paperdigest.internal;

import io.github.paperdigest.StageTime;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/** Times a build's stages one after the other: each {@link #lap} ends a stage and begins the next. */
public final class StageClock {

    private final List<StageTime> stages = new ArrayList<>();
    private long lapStart = System.nanoTime();

    /** Ends the stage that ran since the last lap (or since this clock was made). */
    public void lap(String stage) {
        long now = System.nanoTime();
        stages.add(new StageTime(stage, Duration.ofNanos(now - lapStart)));
        lapStart = now;
    }

    public List<StageTime> stages() {
        return List.copyOf(stages);
    }
}
