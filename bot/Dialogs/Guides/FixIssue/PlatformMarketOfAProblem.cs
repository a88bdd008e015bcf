using CrossBorderBot.Dialogs.Slots;

namespace CrossBorderBot.Dialogs.Guides;

/// <summary>
/// What the platform named with a problem already says of the problem's market, so the fix-an-issue guide does not ask
/// what the user told: a marketplace that sells in one home market names it ("walmart pulled our listings" is about the
/// United States, "Coupang把我们的加湿器下架了" about Korea — the slot vocabulary's platformHomeMarkets), and a platform that
/// sells to every market from one seller account (its knowledge regions include "global": "temu put our store on hold",
/// "速卖通说我们填了虚假运单号") has the problem on that one account, so no one country is asked for.
/// </summary>
public sealed class PlatformMarketOfAProblem(KnowledgeBase knowledgeBase)
{
    private const string EveryMarket = "global";

    /// <summary>The home market of the marketplace <paramref name="platformId"/>, or null when it sells in several.</summary>
    public string? HomeMarket(string? platformId) =>
        platformId is null ? null : SlotVocabulary.Default.PlatformHomeMarkets.GetValueOrDefault(platformId);

    /// <summary>True when <paramref name="platformId"/> sells to every market from one seller account.</summary>
    public bool SellsEverywhereFromOneAccount(string? platformId) =>
        platformId is not null && knowledgeBase.FindPlatform(platformId)?.Regions.Contains(EveryMarket, StringComparer.Ordinal) == true;
}
