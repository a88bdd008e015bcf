using CrossBorderBot.Knowledge.Model;

namespace CrossBorderBot.Knowledge.Advisors;

/// <summary>What the usual Incoterms® 2020 rules of a channel mean for the seller, in one line.</summary>
internal static class IncotermText
{
    private static readonly Dictionary<string, (string En, string Zh)> Meanings = new(StringComparer.Ordinal)
    {
        ["EXW"] = ("the buyer collects at your door", "买家上门提货"),
        ["FCA"] = ("you hand over to the buyer's carrier and clear export", "您办理出口清关后交给买家指定的承运人"),
        ["FOB"] = ("you deliver on board at the Chinese port and clear export; the buyer books and pays the ship", "您在中国港口装船并办理出口清关，买家订舱付运费"),
        ["CFR"] = ("you pay the freight to the destination port; risk passes at loading", "您支付到目的港的运费，风险在装船时转移"),
        ["CIF"] = ("you pay freight and insurance to the destination port; the buyer clears import", "您支付到目的港的运费和保险，买家办理进口清关"),
        ["CPT"] = ("you pay carriage to the named place; risk passes at handover", "您支付到指定地点的运费，风险在交付承运人时转移"),
        ["CIP"] = ("as CPT plus insurance", "同 CPT，另加保险"),
        ["DAP"] = ("you deliver to the buyer's door; the buyer clears import and pays duty and VAT", "您送货到买家门口，买家办理进口清关并缴纳关税和增值税"),
        ["DPU"] = ("you deliver and unload at the named place", "您送达指定地点并卸货"),
        ["DDP"] = ("you deliver duty paid and need an importer of record at destination", "您完税交货，需在目的国有进口记录人"),
    };

    public static LocalizedText Usual(IReadOnlyList<string> rules)
    {
        var explained = rules.Take(2).Where(Meanings.ContainsKey).ToList();
        var en = $"Usual Incoterms: {string.Join(", ", rules)} — " + string.Join("; ", explained.Select(r => $"{r}: {Meanings[r].En}")) + ".";
        var zh = $"常用贸易术语：{string.Join("、", rules)}——" + string.Join("；", explained.Select(r => $"{r}：{Meanings[r].Zh}")) + "。";
        return LocalizedText.Of(en, zh);
    }
}
