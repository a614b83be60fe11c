package io.contracthub.hub.contract360;

import java.util.List;

/** Tracks the waybills of an ERP's deliveries (the logistics source). */
public interface WaybillTracker {

    boolean configured();

    Object track(List<ErpView.Delivery> deliveries);
}
