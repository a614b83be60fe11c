package io.contracthub.connectors.soap;

import javax.xml.datatype.DatatypeConstants;
import javax.xml.datatype.DatatypeFactory;
import javax.xml.datatype.XMLGregorianCalendar;
import java.time.LocalDate;

/** xsd:date as JAXB generates it (XMLGregorianCalendar) and back, without a time zone. */
public final class XmlDates {

    private static final DatatypeFactory FACTORY = DatatypeFactory.newDefaultInstance();

    private XmlDates() {
    }

    public static XMLGregorianCalendar of(LocalDate date) {
        return date == null ? null : FACTORY.newXMLGregorianCalendarDate(date.getYear(), date.getMonthValue(),
                date.getDayOfMonth(), DatatypeConstants.FIELD_UNDEFINED);
    }

    public static LocalDate toLocalDate(XMLGregorianCalendar date) {
        return date == null ? null : LocalDate.of(date.getYear(), date.getMonth(), date.getDay());
    }
}
