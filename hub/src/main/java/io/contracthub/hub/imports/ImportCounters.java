package io.contracthub.hub.imports;

/** What an import has done so far; a running import's own copy, written out now and then as its progress. */
final class ImportCounters {

    private int rowsDone;
    private int rowsRefused;
    private int contractsRecorded;
    private int contractsUnchanged;
    private int contractsRefused;

    void recorded(int rows) {
        rowsDone += rows;
        contractsRecorded++;
    }

    void unchanged(int rows) {
        rowsDone += rows;
        contractsUnchanged++;
    }

    void refused(int rows) {
        rowsDone += rows;
        rowsRefused += rows;
        contractsRefused++;
    }

    int rowsDone() {
        return rowsDone;
    }

    int rowsRefused() {
        return rowsRefused;
    }

    int contractsRecorded() {
        return contractsRecorded;
    }

    int contractsUnchanged() {
        return contractsUnchanged;
    }

    int contractsRefused() {
        return contractsRefused;
    }
}
