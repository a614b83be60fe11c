package io.contracthub.simulators.erp;

import io.contracthub.simulators.erp.SimulatorHttpServer.Request;
import io.contracthub.simulators.erp.SimulatorHttpServer.Response;

import java.io.IOException;

/**
 * What every ERP simulator has: its HTTP server on a port, the faults it is told to inject, the journal of the
 * documents it created and the master data it checks against. Subclasses answer the vendor's protocol.
 */
public abstract class ErpSimulator {

    protected final FaultPlan faults = new FaultPlan();
    protected final DocumentJournal journal = new DocumentJournal();
    protected final MasterData masterData = new MasterData();
    protected final WarehouseShipping shipping;
    protected final ReceiptBook receipts;
    private final String name;
    private final int port;
    private SimulatorHttpServer server;

    protected ErpSimulator(String name, int port) {
        this(name, port, "OUT");
    }

    /** @param deliveryPrefix how this ERP numbers its outbound delivery documents */
    protected ErpSimulator(String name, int port, String deliveryPrefix) {
        this.name = name;
        this.port = port;
        this.shipping = new WarehouseShipping(deliveryPrefix, 0);
        this.receipts = new ReceiptBook(receiptPrefix(name), 1);
    }

    /** How this ERP numbers its receipts (Kingdee SKD…, U8 SK…, SAP's clearing documents 14…). */
    private static String receiptPrefix(String name) {
        return switch (name) {
            case "kingdee" -> "SKD00000";
            case "sap" -> "140000000";
            default -> "SK00000";
        };
    }

    public synchronized void start() {
        server = SimulatorHttpServer.start(name, port, faults, journal, receipts, this::handle);
    }

    public synchronized void stop() {
        if (server != null) {
            server.stop();
        }
    }

    /** The address the hub configures for this ERP. */
    public String baseUrl() {
        return server.baseUrl();
    }

    public FaultPlan faults() {
        return faults;
    }

    public DocumentJournal journal() {
        return journal;
    }

    /** The warehouse that ships each sales order (outbound document + waybill) right after it is created. */
    public WarehouseShipping shipping() {
        return shipping;
    }

    /** The receipts booked in this ERP (also {@code POST /_sim/receipts}). */
    public ReceiptBook receipts() {
        return receipts;
    }

    public MasterData masterData() {
        return masterData;
    }

    protected abstract Response handle(Request request) throws IOException;
}
