package io.contracthub.routes.spi;

/** Node 5 of the payment journey from the ERPs' own books: reads back the receipts booked for open invoices. */
public interface ErpReceipts {

    /** Takes every receipt not taken before; answers how many paid an invoice outright (MATCHED). */
    int readBack();
}
