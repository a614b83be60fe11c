package io.contracthub.hub.console.imports;

import io.contracthub.hub.imports.ImportProgress;

import java.time.Instant;

/** One import as the console shows it: its progress and the time left, worded for the page. */
public record ImportPageLine(ImportProgress progress, Instant uploadedAt, Instant finishedAt, String timeLeft) {

    static ImportPageLine of(ImportProgress progress) {
        Long left = progress.secondsLeft();
        String timeLeft = left == null ? null : String.format("%d:%02d", left / 60, left % 60);
        return new ImportPageLine(progress, progress.uploadedAt(), progress.finishedAt(), timeLeft);
    }
}
