package io.tscns.cms.documents;

import io.tscns.cms.documents.internal.Form;
import io.tscns.cms.documents.internal.FormBuilder;
import io.tscns.cms.protocol.ApplicantData;
import io.tscns.cms.protocol.ChannelKind;
import io.tscns.cms.protocol.ConsentChoice;
import io.tscns.core.activation.LegalRepresentativeRole;
import io.tscns.core.activation.SupportingDocument;
import io.tscns.core.consent.ConsentRecord;
import java.util.List;

/**
 * What each counter document says, in Italian, as a {@link Form}: one method per document, the facts from its
 * record, blanks where the public texts define nothing (see {@code docs/documents.md §2} for each field's source).
 */
final class Forms {

    /** The legal warnings and notice a declaration carries, which the public texts leave to the region. */
    private static final String LEGAL_WARNINGS = "Avvertenze di legge e informativa";

    private Forms() {}

    /**
     * Returns the form of a document; the form of a receipt, a reprint summary or a sealed envelope holds copies of
     * the codes it prints: wipe it.
     */
    static Form of(CounterDocument document) {
        if (document instanceof ActivationReceipt receipt) {
            return receipt(receipt);
        } else if (document instanceof ActivationRequestForm request) {
            return request(request);
        } else if (document instanceof ExpiredDocumentDeclaration declaration) {
            return expiredDocument(declaration);
        } else if (document instanceof RepresentativeDeclaration declaration) {
            return representative(declaration);
        } else if (document instanceof HealthDelegateDeclaration declaration) {
            return healthDelegate(declaration);
        } else if (document instanceof DelegationForm delegation) {
            return delegation(delegation);
        } else if (document instanceof FseConsentSummary summary) {
            return fseSummary(summary);
        } else if (document instanceof SealedEnvelopeLetter letter) {
            return envelope(letter);
        } else if (document instanceof ReprintReceipt reprint) {
            return reprint(reprint);
        }
        return healthDataConsent((HealthDataConsentForm) document);
    }

    private static FormBuilder start(CounterDocument document, String reference) {
        return new FormBuilder(document.kind().title(), reference);
    }

    private static Form receipt(ActivationReceipt receipt) {
        FormBuilder form = start(
                        receipt,
                        "Ricevuta n. " + receipt.receiptId() + " del " + FormBuilder.dateTime(receipt.issuedAt())
                                + ", operatore " + receipt.operatorId())
                .holderAndCard(receipt.holder(), receipt.cardId());
        applicant(form, receipt.applicant());
        List<char[]> halves = receipt.counterHalves().reveal();
        form.heading("Prima parte dei codici")
                .secret("PIN (prima parte)", halves.get(0))
                .secret("PUK (prima parte)", halves.get(1));
        if (halves.size() > 2) {
            form.secret("CIP (prima parte)", halves.get(2));
        }
        form.heading("Seconda parte dei codici")
                .field("Modalità di consegna", channel(receipt.channel()))
                .field("Recapito", receipt.maskedAddress())
                .paragraph("La seconda parte dei codici è inviata al recapito indicato. Ciascun codice si ottiene"
                        + " unendo la prima parte, riportata in questa stampa, e la seconda parte ricevuta.")
                .heading("Trattamento dei dati")
                .choice("Consenso al trattamento dei dati registrato", receipt.privacyConsent())
                .heading("Consensi al Fascicolo Sanitario Elettronico");
        if (receipt.fseConsents().isEmpty()) {
            form.paragraph("Nessun consenso registrato con questa operazione.");
        }
        for (ConsentChoice consent : receipt.fseConsents()) {
            form.field(
                    capitalised(consent.kind().italianLabel()), consent.status().italianLabel());
        }
        return form.note("Custodire i codici separatamente dalla carta. Il CIP serve per chiedere la revoca del"
                        + " certificato della carta.")
                .build();
    }

    private static Form request(ActivationRequestForm request) {
        FormBuilder form = start(request, "Data della richiesta: " + FormBuilder.date(request.date()))
                .holderAndCard(request.holder(), request.cardId());
        applicant(form, request.applicant());
        form.document(
                        "Documento di identità del richiedente",
                        request.applicant().document().document())
                .field(
                        "Dichiarazione di dati non variati (art. 45, c. 3, DPR 445/2000)",
                        request.applicant().document().unchangedDataDeclaration() ? "resa" : "non resa")
                .heading("Seconda parte dei codici")
                .field("Modalità di consegna", channel(request.channel().kind()))
                .field("Recapito", request.channel().address())
                .heading("Richiesta e consenso")
                .choice(
                        "Il richiedente chiede il rilascio dei codici PIN e PUK della TS-CNS e presta il consenso"
                                + " all'attivazione",
                        request.activationConsent())
                .forRegion(LEGAL_WARNINGS)
                .placeAndDate(request.date())
                .signature("Firma del richiedente")
                .signature("Firma dell'operatore");
        return form.note("Il modulo firmato è conservato dallo sportello.").build();
    }

    private static Form expiredDocument(ExpiredDocumentDeclaration declaration) {
        return start(declaration, "Da apporre in calce alla fotocopia del documento")
                .person("Il/La sottoscritto/a", declaration.declarant())
                .document("Documento di riconoscimento esibito, non in corso di validità", declaration.document())
                .paragraph("dichiara che i dati contenuti nel documento sopra indicato non hanno subito variazioni"
                        + " dalla data del rilascio (art. 45, comma 3, DPR 28 dicembre 2000, n. 445), ai fini"
                        + " dell'attivazione della TS-CNS di seguito indicata.")
                .holderAndCard(declaration.holder(), declaration.cardId())
                .forRegion(LEGAL_WARNINGS)
                .placeAndDate(declaration.date())
                .signature("Firma del dichiarante")
                .build();
    }

    private static Form representative(RepresentativeDeclaration declaration) {
        LegalRepresentativeRole role = declaration.role();
        return start(declaration, "In qualità di " + role.italianLabel() + " del titolare della carta")
                .person("Il/La sottoscritto/a", declaration.representative())
                .document("Documento di identità del dichiarante", declaration.document())
                .paragraph("dichiara di esercitare, in qualità di " + role.italianLabel() + ", " + capacity(role)
                        + " nei confronti del titolare della TS-CNS di seguito indicato e ne chiede in tale"
                        + " qualità l'attivazione.")
                .holderAndCard(declaration.holder(), declaration.cardId())
                .forRegion(LEGAL_WARNINGS)
                .placeAndDate(declaration.date())
                .signature("Firma del dichiarante (" + role.italianLabel() + ")")
                .note("Il documento firmato è conservato dallo sportello.")
                .build();
    }

    private static Form healthDelegate(HealthDelegateDeclaration declaration) {
        FormBuilder form = start(declaration, "Attivazione su delega per motivi di salute")
                .person("Il/La sottoscritto/a", declaration.delegate())
                .document("Documento di identità del delegato", declaration.document())
                .paragraph("dichiara di agire su delega del titolare della TS-CNS di seguito indicato, impossibilitato"
                        + " a presentarsi allo sportello per un impedimento di carattere sanitario, e ne chiede in"
                        + " tale qualità l'attivazione.")
                .holderAndCard(declaration.holder(), declaration.cardId())
                .heading("Documenti consegnati allo sportello");
        for (SupportingDocument paper : SupportingDocument.values()) {
            if (paper != SupportingDocument.AUTHORITY_SELF_DECLARATION) {
                form.choice(
                        capitalised(paper.italianLabel()),
                        declaration.collected().contains(paper));
            }
        }
        return form.forRegion(LEGAL_WARNINGS)
                .placeAndDate(declaration.date())
                .signature("Firma del delegato")
                .note("Il documento firmato è conservato dallo sportello.")
                .build();
    }

    private static Form delegation(DelegationForm delegation) {
        FormBuilder form = start(delegation, "Da compilare e firmare a cura del titolare della carta (delegante)")
                .person("Delegante (titolare della carta)", delegation.holder())
                .field("Numero identificativo della TS-CNS", delegation.cardId().value());
        if (delegation.delegate().isPresent()) {
            form.person("Delegato", delegation.delegate().get());
        } else {
            form.heading("Delegato").forSigner("Cognome").forSigner("Nome").forSigner("Codice fiscale");
        }
        return form.paragraph("Il/La delegante, impossibilitato/a a presentarsi allo sportello per un impedimento di"
                        + " carattere sanitario, delega la persona sopra indicata a richiedere in sua vece"
                        + " l'attivazione della TS-CNS e il rilascio dei relativi codici.")
                .choice("Allego copia di un mio documento di riconoscimento", false)
                .forRegion("Testo del modello regionale di delega")
                .forSigner("Luogo")
                .forSigner("Data")
                .signature("Firma del delegante")
                .note("Il delegato presenta allo sportello un proprio documento di identità valido, questa delega,"
                        + " la copia del documento del delegante e la carta.")
                .build();
    }

    private static Form fseSummary(FseConsentSummary summary) {
        FormBuilder form = start(
                        summary,
                        "Stampata il " + FormBuilder.dateTime(summary.printedAt()) + ", operatore "
                                + summary.operatorId())
                .holderAndCard(summary.holder(), summary.cardId())
                .heading("Consensi registrati");
        if (summary.consents().isEmpty()) {
            form.paragraph("Nessun consenso registrato.");
        }
        for (ConsentRecord consent : summary.consents()) {
            form.field(
                    capitalised(consent.kind().italianLabel()),
                    consent.status().italianLabel() + " il " + FormBuilder.dateTime(consent.recordedAt()) + " ("
                            + consent.regime().italianLabel() + ")");
        }
        return form.build();
    }

    private static Form healthDataConsent(HealthDataConsentForm consent) {
        return start(consent, "Per finalità di prevenzione, diagnosi e cura")
                .holderAndCard(consent.holder(), consent.cardId())
                .heading("Informativa")
                .forRegion("Informativa sul trattamento dei dati")
                .forRegion("Testo in seconda lingua (ove previsto)")
                .heading("Consenso")
                .paragraph("Il/La sottoscritto/a, in merito al trattamento dei dati idonei a rilevare il proprio stato"
                        + " di salute per finalità di prevenzione, diagnosi e cura:")
                .choice("presta il consenso", false)
                .choice("nega il consenso", false)
                .placeAndDate(consent.date())
                .signature("Firma dell'interessato o di chi ne ha la rappresentanza")
                .heading("Annotazione del consenso (a cura dello sportello)")
                .forSigner("Operatore")
                .forSigner("Data dell'annotazione")
                .note("Consenso annotato secondo l'art. 81 del Codice in materia di protezione dei dati personali"
                        + " (D.Lgs. 30 giugno 2003, n. 196).")
                .build();
    }

    private static Form envelope(SealedEnvelopeLetter letter) {
        List<char[]> codes = letter.codes().reveal();
        return start(
                        letter,
                        "Attivazione n. " + letter.receiptId() + " del " + FormBuilder.dateTime(letter.issuedAt())
                                + ", operatore " + letter.operatorId())
                .holderAndCard(letter.holder(), letter.cardId())
                .heading("Codici personali")
                .secret("PIN", codes.get(0))
                .secret("PUK", codes.get(1))
                .paragraph("Codici stampati in busta chiusa contestualmente alla richiesta di attivazione (DM 20 giugno"
                        + " 2011, Allegato 2, punto 1c). Il PIN serve per usare la carta, il PUK per sbloccarla.")
                .note("Conservare il PIN e il PUK con la massima diligenza, in luogo sicuro e diverso da quello in cui"
                        + " è conservata la carta.")
                .build();
    }

    private static Form reprint(ReprintReceipt reprint) {
        FormBuilder form = start(
                        reprint,
                        "Ricevuta n. " + reprint.receiptId() + " del " + FormBuilder.dateTime(reprint.issuedAt())
                                + ", operatore " + reprint.operatorId())
                .holderAndCard(reprint.holder(), reprint.cardId())
                .heading("Richiedente")
                .field("Modalità di ristampa", reprint.delegate().isPresent() ? "tramite delega" : "diretta");
        reprint.delegate()
                .ifPresent(delegate -> form.field(
                        "Delegato",
                        delegate.givenName() + " " + delegate.surname() + ", codice fiscale "
                                + delegate.codiceFiscale().value()));
        List<char[]> halves = reprint.counterHalves().reveal();
        return form.document(
                        "Documento di identità del richiedente",
                        reprint.document().document())
                .heading("Prima parte dei codici")
                .secret("PIN (prima parte)", halves.get(0))
                .secret("PUK (prima parte)", halves.get(1))
                .heading("Seconda parte dei codici")
                .field("Modalità di consegna", channel(reprint.channel()))
                .field("Recapito", reprint.maskedAddress())
                .paragraph("La seconda parte dei codici è inviata al recapito indicato. Ciascun codice si ottiene"
                        + " unendo la prima parte, riportata in questa stampa, e la seconda parte ricevuta.")
                .note("Custodire i codici separatamente dalla carta.")
                .build();
    }

    private static void applicant(FormBuilder form, ApplicantData applicant) {
        form.heading("Richiedente")
                .field("Modalità di attivazione", applicant.mode().italianLabel());
        applicant
                .delegate()
                .ifPresent(delegate -> form.field(
                        capitalised(applicant
                                .representativeRole()
                                .map(LegalRepresentativeRole::italianLabel)
                                .orElse("delegato")),
                        delegate.givenName() + " " + delegate.surname() + ", codice fiscale "
                                + delegate.codiceFiscale().value()));
    }

    private static String channel(ChannelKind kind) {
        return kind == ChannelKind.EMAIL ? "e-mail" : "SMS";
    }

    private static String capacity(LegalRepresentativeRole role) {
        return switch (role) {
            case PARENT -> "la potestà genitoriale";
            case GUARDIAN -> "la tutela";
            case CURATOR -> "la curatela";
        };
    }

    private static String capitalised(String text) {
        return Character.toUpperCase(text.charAt(0)) + text.substring(1);
    }
}
