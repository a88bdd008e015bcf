using CrossBorderBot.Language;
using CrossBorderBot.Dialogs.Guides;
using CrossBorderBot.Knowledge.Model;
using CrossBorderBot.Tests.TestUtilities;

namespace CrossBorderBot.Bot.Tests.Guides;

/// <summary>
/// A result for several markets of one union says the union's caveat once: a platform result for Germany and the
/// Netherlands showed the EU handling-fee caveat twice, in two wordings.
/// </summary>
public class GuideCaveatSentenceTests
{
    private static readonly Lazy<KnowledgeBase> Kb = RealGuideParts.Knowledge;

    [Theory]
    [InlineData("en-US", "EU handling fee", "Italy")]
    [InlineData("zh-CN", "欧盟处理费", "意大利")]
    public void Markets_of_one_union_say_its_caveat_once_and_keep_their_own(string locale, string unionCaveat, string ownCaveat)
    {
        var caveats = new GuideCaveats();
        foreach (var id in new[] { "de", "nl", "es", "pl", "it" })
        {
            caveats.Add(Kb.Value.Markets.Single(m => m.Id == id).Caveat);
        }

        var all = string.Join("\n", caveats.In(BotLanguage.Of(locale)));

        Assert.Equal(1, CountOf(all, unionCaveat));
        Assert.Contains(ownCaveat, all);
    }

    [Fact]
    public void Different_caveats_are_all_kept_in_order()
    {
        var caveats = new GuideCaveats()
            .Add(LocalizedText.Of("A not re-verified. Ask your carrier.", "甲未核实。请询问承运人。"))
            .Add(LocalizedText.Of("B not re-verified. Ask your carrier.", "乙未核实。请询问承运人。"));

        Assert.Equal(["A not re-verified. Ask your carrier.", "B not re-verified."], caveats.In(BotLanguage.English));
        Assert.Equal(["甲未核实。请询问承运人。", "乙未核实。"], caveats.In(BotLanguage.Chinese));
    }

    private static int CountOf(string text, string part) => (text.Length - text.Replace(part, string.Empty).Length) / part.Length;
}
