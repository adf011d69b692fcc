package io.tscns.cli.card;

import io.tscns.card.profile.Atr;
import io.tscns.card.profile.CardProfile;
import io.tscns.card.profile.CardProfiles;
import io.tscns.card.profile.Recognition;
import io.tscns.cli.ExitCode;
import io.tscns.cli.JsonOption;
import io.tscns.cli.TscnsCommand;
import io.tscns.cli.internal.Report;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;

/**
 * {@code tscns atr <hex>}: what the SDK recognises from an ATR (<i>riconoscimento dall'ATR</i>), with the standard
 * table of card batches: CNS or not and why, chip and mask manufacturer, versions, the batch rules that matched and
 * the quirks the SDK adapts to.
 */
@Command(
        name = "atr",
        mixinStandardHelpOptions = true,
        description = "Recognise a card from its ATR: CNS profile and quirks, or why it is not a CNS. "
                + "Exit code 1 when the ATR is not a CNS.")
public final class AtrCommand extends TscnsCommand {

    @Parameters(
            paramLabel = "HEX",
            arity = "1..*",
            description = "The ATR in hexadecimal; spaces and colons are allowed, also as several arguments.")
    private String[] hex;

    @Mixin
    private JsonOption json;

    @Override
    protected ExitCode execute() {
        Atr atr = Atr.parse(String.join("", hex));
        Recognition recognition = CardProfiles.standard().recognise(atr);
        Report report = new Report().put("atr", "ATR", atr.toString());
        if (recognition instanceof Recognition.Recognised recognised) {
            CardProfile profile = recognised.profile();
            report.put("cns", "CNS", true)
                    .put("description", "Card", profile.describe())
                    .put("cnsVersion", "CNS version", profile.cnsVersion().toString())
                    .put(
                            "icManufacturer",
                            "Chip manufacturer",
                            profile.icManufacturer().toString())
                    .put(
                            "maskManufacturer",
                            "Mask manufacturer",
                            profile.maskManufacturer().toString())
                    .put("osVersion", "OS version", String.format("%04X", profile.osVersion()))
                    .put("openSc023", "Recognised by OpenSC 0.23", profile.openSc023Compatible())
                    .put("rules", "Batch rules", profile.rules())
                    .put(
                            "keySizes",
                            "RSA key sizes",
                            profile.quirks().keySizesAscending().stream()
                                    .map(String::valueOf)
                                    .toList())
                    .put("extendedLength", "Extended length", profile.quirks().extendedLength())
                    .put(
                            "pinReference",
                            "PIN reference",
                            String.format("%02X", profile.quirks().pinReference()))
                    .put(
                            "signingMethod",
                            "Signing method",
                            profile.quirks().signingMethod().name());
            report.print(environment().out(), json.enabled());
            return ExitCode.OK;
        }
        Recognition.Rejected rejected = (Recognition.Rejected) recognition;
        report.put("cns", "CNS", false)
                .put("reason", "Reason", rejected.reason().code())
                .put("explanation", "Explanation", rejected.reason().describe());
        report.print(environment().out(), json.enabled());
        return ExitCode.FAILED;
    }
}
