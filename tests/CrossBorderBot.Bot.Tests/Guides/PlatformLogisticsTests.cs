using CrossBorderBot.Tests.TestUtilities;

namespace CrossBorderBot.Tests.Guides;

/// <summary>
/// A marketplace's own logistics (Cainiao for AliExpress orders) ships from China but carries only that marketplace's
/// orders: the logistics guide offers it to a seller who named the marketplace and says why it is ruled out otherwise.
/// </summary>
public sealed class PlatformLogisticsTests
{
    [Fact]
    public async Task A_seller_who_names_aliexpress_gets_cainiao_ranked_as_a_parcel_service_from_china()
    {
        var result = await ShipPhoneCaseToSpainAsync("we sell on aliexpress, need to ship a 0.4 kg phone case to spain");

        var ranked = Section(result, "Ranked channels", "Not suitable");
        Assert.Contains("Cainiao shipping for AliExpress", ranked);
        Assert.DoesNotContain("Cainiao shipping for AliExpress (platform logistics): For stock you keep in the market", result);
    }

    [Fact]
    public async Task A_seller_who_names_no_marketplace_is_told_cainiao_carries_only_aliexpress_orders()
    {
        var result = await ShipPhoneCaseToSpainAsync("need to ship a 0.4 kg phone case to spain");

        var ruledOut = result[result.IndexOf("Not suitable", StringComparison.Ordinal)..];
        Assert.Contains("Cainiao shipping for AliExpress (platform logistics): Carries only orders placed on AliExpress", ruledOut);
        Assert.DoesNotContain("Cainiao shipping for AliExpress", Section(result, "Ranked channels", "Not suitable"));
    }

    private static async Task<string> ShipPhoneCaseToSpainAsync(string opening)
    {
        using var user = new GuideSession();
        await user.SayAsync(opening);
        foreach (var answer in new[] { "skip", "15 euro", "cheapest", "yes", "no" })
        {
            await user.SayAsync(answer);
        }

        return (await user.SayAsync("neither")).Text;
    }

    private static string Section(string text, string from, string to)
    {
        var start = text.IndexOf(from, StringComparison.Ordinal);
        var end = text.IndexOf(to, start, StringComparison.Ordinal);
        Assert.True(start >= 0 && end > start, $"sections '{from}' and '{to}' not found in:\n{text}");
        return text[start..end];
    }
}
