package io.contracthub.hub.contract360;

import io.contracthub.connectors.kuaidi100.Kuaidi100Client;
import io.contracthub.connectors.kuaidi100.Kuaidi100Track;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

import java.util.ArrayList;
import java.util.List;

/**
 * The goods in transit: Kuaidi100's track of each delivery's waybill. Its input is the ERP's answer (the deliveries
 * and their waybills), so the 360 route runs it after the ERP source.
 */
@Component
public class LogisticsReader implements WaybillTracker {

    public static final String SOURCE = "logistics";

    private final ObjectProvider<Kuaidi100Client> client;

    public LogisticsReader(ObjectProvider<Kuaidi100Client> client) {
        this.client = client;
    }

    @Override
    public boolean configured() {
        return client.getIfAvailable() != null;
    }

    @Override
    public LogisticsView track(List<ErpView.Delivery> deliveries) {
        Kuaidi100Client kuaidi100 = client.getIfAvailable();
        if (kuaidi100 == null) {
            throw new SourceNotConfiguredException("Kuaidi100 is switched off (HUB_KUAIDI100_ENABLED)");
        }
        List<WaybillTrack> tracks = new ArrayList<>();
        for (ErpView.Delivery delivery : deliveries) {
            if (delivery.hasWaybill()) {
                Kuaidi100Track track = kuaidi100.query(delivery.carrierCode(), delivery.waybillNumber());
                tracks.add(new WaybillTrack(delivery.number(), track.com(), track.num(), track.state(),
                        track.stateDescription(), track.signedFor(), track.events()));
            }
        }
        return new LogisticsView(tracks);
    }

    public record LogisticsView(List<WaybillTrack> waybills) {
    }

    /** @param events newest first; times as Kuaidi100 writes them (Beijing time) */
    public record WaybillTrack(String deliveryNumber, String carrierCode, String waybillNumber, String state,
                               String stateDescription, boolean signedFor, List<Kuaidi100Track.Event> events) {
    }
}
