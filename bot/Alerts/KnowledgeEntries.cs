using System.Security.Cryptography;
using System.Text.Json;

namespace CrossBorderBot.Alerts;

/// <summary>
/// The entries of the loaded knowledge base that hold market rules (markets, import regimes, compliance entries),
/// each with a fingerprint of its whole content, so a new release of the knowledge base shows which ones changed.
/// </summary>
public sealed class KnowledgeEntries
{
    private static readonly JsonSerializerOptions FingerprintJson = new() { WriteIndented = false };

    // Fingerprinting serializes every rule entry (tens of milliseconds of a start, most of it preparing the serializer):
    // done at the first check or alert that needs it, not while the host starts (the alert service is built then).
    private readonly Lazy<(IReadOnlyList<KnowledgeEntry> All, IReadOnlyDictionary<string, KnowledgeEntry> ByKey)> _entries;

    public KnowledgeEntries(KnowledgeBase knowledgeBase)
    {
        ArgumentNullException.ThrowIfNull(knowledgeBase);
        _entries = new(() => Build(knowledgeBase));
    }

    public IReadOnlyList<KnowledgeEntry> All => _entries.Value.All;

    public IReadOnlyDictionary<string, KnowledgeEntry> ByKey => _entries.Value.ByKey;

    private static (IReadOnlyList<KnowledgeEntry>, IReadOnlyDictionary<string, KnowledgeEntry>) Build(KnowledgeBase knowledgeBase)
    {
        var entries = new List<KnowledgeEntry>();
        foreach (var market in knowledgeBase.Markets)
        {
            entries.Add(new KnowledgeEntry("market:" + market.Id, [market.Id], market.Name, market.Summary, [], market.Sources, Fingerprint(market)));
        }

        foreach (var regime in knowledgeBase.ImportRegimes)
        {
            var name = knowledgeBase.FindMarket(regime.Market)?.Name ?? LocalizedText.Of(regime.Market, regime.Market);
            entries.Add(new KnowledgeEntry("regime:" + regime.Market, [regime.Market],
                LocalizedText.Of($"Import duties and taxes: {name.En}", $"进口关税和税费：{name.ZhCn}"), regime.Summary, [], regime.Sources, Fingerprint(regime)));
        }

        foreach (var compliance in knowledgeBase.Compliance.Where(c => c.Markets.Count > 0))
        {
            entries.Add(new KnowledgeEntry("compliance:" + compliance.Id, compliance.Markets, compliance.Name, compliance.Summary, compliance.Steps, compliance.Sources, Fingerprint(compliance)));
        }

        return (entries, entries.ToDictionary(e => e.Key, StringComparer.Ordinal));
    }

    private static string Fingerprint<T>(T entry) =>
        Convert.ToHexStringLower(SHA256.HashData(JsonSerializer.SerializeToUtf8Bytes(entry, FingerprintJson)))[..16];
}
