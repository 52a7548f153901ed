import type { ReactElement } from 'react';
import { formatCalendarDate, formatMoney, type TaxGroup } from '@clientflow/domain';
import type { BillingPdfData } from './billing-pdf.data';

/** The react-pdf primitives, passed in because the renderer is loaded lazily (it is ESM with top-level await). */
export type ReactPdf = typeof import('@react-pdf/renderer');

const GREY = '#5f6672';
const LINE = '#dfe3e8';

const safeColor = (c: string) => (/^#[0-9a-f]{3}([0-9a-f]{3})?$/i.test(c) ? c : '#4c6ef5');

/** An invoice or quote as a react-pdf document: built-in Helvetica, so the text is extractable and nothing loads from the network. */
export function billingDocument(pdf: ReactPdf, data: BillingPdfData): ReactElement {
  const { Document, Page, View, Text, Image, StyleSheet } = pdf;
  const color = safeColor(data.agency.primaryColor);
  const money = (minor: number) => formatMoney(minor, { locale: data.locale, currency: data.currency });
  const date = (iso: string | null) => formatCalendarDate(iso, data.locale) || '—';
  const percentFormat = new Intl.NumberFormat(data.locale, { style: 'percent', maximumFractionDigits: 2 });
  const quantityFormat = new Intl.NumberFormat(data.locale, { maximumFractionDigits: 3 });
  const percent = (bps: number) => percentFormat.format(bps / 10_000);
  const isInvoice = data.kind === 'INVOICE';
  const label = isInvoice ? 'Invoice' : 'Quote';
  const s = StyleSheet.create({
    page: {
      paddingTop: 40,
      paddingBottom: 56,
      paddingHorizontal: 40,
      fontSize: 9,
      fontFamily: 'Helvetica',
      color: '#1f2328',
    },
    header: { flexDirection: 'row', justifyContent: 'space-between', marginBottom: 20 },
    logo: { maxHeight: 48, maxWidth: 160, objectFit: 'contain', marginBottom: 6 },
    agencyName: { fontSize: 13, fontFamily: 'Helvetica-Bold', color },
    docTitle: { fontSize: 20, fontFamily: 'Helvetica-Bold', color, textAlign: 'right' },
    muted: { color: GREY },
    right: { textAlign: 'right' },
    parties: { flexDirection: 'row', justifyContent: 'space-between', marginBottom: 18 },
    party: { width: '48%' },
    sectionLabel: {
      fontSize: 8,
      fontFamily: 'Helvetica-Bold',
      color: GREY,
      textTransform: 'uppercase',
      marginBottom: 3,
    },
    bold: { fontFamily: 'Helvetica-Bold' },
    row: { flexDirection: 'row', borderBottomWidth: 1, borderBottomColor: LINE, paddingVertical: 4 },
    headRow: {
      flexDirection: 'row',
      backgroundColor: color,
      color: '#ffffff',
      paddingVertical: 4,
      fontFamily: 'Helvetica-Bold',
    },
    cDesc: { flex: 1, paddingHorizontal: 4 },
    cQty: { width: 44, textAlign: 'right', paddingHorizontal: 4 },
    cPrice: { width: 72, textAlign: 'right', paddingHorizontal: 4 },
    cTax: { width: 44, textAlign: 'right', paddingHorizontal: 4 },
    cAmount: { width: 80, textAlign: 'right', paddingHorizontal: 4 },
    totals: { alignSelf: 'flex-end', width: 240, marginTop: 10 },
    totalRow: { flexDirection: 'row', justifyContent: 'space-between', paddingVertical: 2 },
    grand: {
      flexDirection: 'row',
      justifyContent: 'space-between',
      paddingVertical: 4,
      borderTopWidth: 1,
      borderTopColor: color,
      marginTop: 2,
      fontFamily: 'Helvetica-Bold',
      fontSize: 11,
    },
    block: { marginTop: 14 },
    footer: {
      position: 'absolute',
      bottom: 24,
      left: 40,
      right: 40,
      flexDirection: 'row',
      justifyContent: 'space-between',
      color: GREY,
      fontSize: 8,
    },
  });

  // `fixed`: laid out here on the first page, then at the top of every page the table continues on.
  const tableHead = (
    <View style={s.headRow} fixed>
      <Text style={s.cDesc}>Description</Text>
      <Text style={s.cQty}>Qty</Text>
      <Text style={s.cPrice}>Unit price</Text>
      <Text style={s.cTax}>Tax</Text>
      <Text style={s.cAmount}>Amount</Text>
    </View>
  );
  const totalRow = (name: string, value: string) => (
    <View style={s.totalRow} key={name}>
      <Text style={s.muted}>{name}</Text>
      <Text>{value}</Text>
    </View>
  );
  const taxLabel = (t: TaxGroup) => `Tax ${percent(t.rateBps)} on ${money(t.base)}`;
  const balance = data.amountPaid == null ? null : data.total - data.amountPaid;

  return (
    <Document
      title={`${label} ${data.number ?? 'draft'}`}
      author={data.agency.name}
      creator="ClientFlow"
      producer="ClientFlow"
      language={data.locale}
    >
      <Page size="A4" style={s.page} wrap>
        <View style={s.header}>
          <View>
            {data.agency.logoPng ? (
              <Image style={s.logo} src={{ data: Buffer.from(data.agency.logoPng), format: 'png' }} />
            ) : null}
            <Text style={s.agencyName}>{data.agency.legalName || data.agency.name}</Text>
            {data.agency.address ? <Text style={s.muted}>{data.agency.address}</Text> : null}
            {data.agency.taxId ? <Text style={s.muted}>Tax ID: {data.agency.taxId}</Text> : null}
            {data.agency.email ? <Text style={s.muted}>{data.agency.email}</Text> : null}
          </View>
          <View>
            <Text style={s.docTitle}>{label}</Text>
            <Text style={[s.right, s.bold]}>{data.number ?? 'Draft'}</Text>
            {data.title ? <Text style={s.right}>{data.title}</Text> : null}
            <Text style={[s.right, s.muted]}>Issued: {date(data.issueDate)}</Text>
            <Text style={[s.right, s.muted]}>
              {isInvoice ? 'Due' : 'Valid until'}: {date(data.dueDate)}
            </Text>
          </View>
        </View>

        <View style={s.parties}>
          <View style={s.party}>
            <Text style={s.sectionLabel}>Bill to</Text>
            <Text style={s.bold}>{data.client.legalName || data.client.name}</Text>
            {data.client.legalName && data.client.legalName !== data.client.name ? (
              <Text>{data.client.name}</Text>
            ) : null}
            {data.client.taxId ? (
              <Text>
                {data.client.taxIdType || 'Tax ID'}: {data.client.taxId}
              </Text>
            ) : null}
            {data.client.addressLines.map((l, i) => (
              <Text key={i}>{l}</Text>
            ))}
            {data.client.email ? <Text style={s.muted}>{data.client.email}</Text> : null}
          </View>
        </View>

        {tableHead}
        {data.lines.map((l, i) => (
          <View style={s.row} key={i} wrap={false}>
            <Text style={s.cDesc}>
              {l.description}
              {l.discount ? ` (discount ${percent(l.discount)})` : ''}
            </Text>
            <Text style={s.cQty}>{quantityFormat.format(l.quantity)}</Text>
            <Text style={s.cPrice}>{money(l.unitPrice)}</Text>
            <Text style={s.cTax}>{percent(l.taxRate)}</Text>
            <Text style={s.cAmount}>{money(l.net)}</Text>
          </View>
        ))}

        <View style={s.totals} wrap={false}>
          {totalRow('Subtotal', money(data.subtotal))}
          {data.discountTotal ? totalRow('Discounts included', `-${money(data.discountTotal)}`) : null}
          {data.taxSummary.map((t) => totalRow(taxLabel(t), money(t.tax)))}
          <View style={s.grand}>
            <Text>Total</Text>
            <Text>{money(data.total)}</Text>
          </View>
          {balance != null && data.amountPaid ? totalRow('Amount paid', money(data.amountPaid)) : null}
          {balance != null ? (
            <View style={s.grand}>
              <Text>Balance due</Text>
              <Text>{money(balance)}</Text>
            </View>
          ) : null}
        </View>

        {isInvoice && data.paymentInstructions ? (
          <View style={s.block} wrap={false}>
            <Text style={s.sectionLabel}>Payment instructions</Text>
            <Text>{data.paymentInstructions}</Text>
          </View>
        ) : null}
        {data.notes ? (
          <View style={s.block}>
            <Text style={s.sectionLabel}>Notes</Text>
            <Text>{data.notes}</Text>
          </View>
        ) : null}
        {data.terms ? (
          <View style={s.block}>
            <Text style={s.sectionLabel}>Terms</Text>
            <Text>{data.terms}</Text>
          </View>
        ) : null}

        <View style={s.footer} fixed>
          <Text>
            {label} {data.number ?? 'draft'} · {data.agency.name}
          </Text>
          <Text render={({ pageNumber, totalPages }) => `Page ${pageNumber} of ${totalPages}`} />
        </View>
      </Page>
    </Document>
  );
}
