using System.Text.RegularExpressions;
using CrossBorderBot.Knowledge.Loading;
using CrossBorderBot.Knowledge.Model;

namespace CrossBorderBot.Knowledge.Tests.Loading;

/// <summary>
/// A Chinese text written over several YAML lines reads as one run of Chinese: YAML folds each line break into a
/// space, which users saw as "多次投诉会危及账户； 在美国" in the IP-complaint playbook. English keeps its spaces.
/// </summary>
public partial class FoldedChineseTextTests
{
    private static readonly Lazy<KnowledgeBase> RealBase = new(() => new KnowledgeLoader().LoadDefault().KnowledgeBase);

    [Fact]
    public void No_playbook_summary_has_a_space_between_two_chinese_characters()
    {
        var spaced = RealBase.Value.Playbooks
            .Where(p => SpaceInsideChinese().IsMatch(p.Summary.ZhCn))
            .Select(p => p.Id)
            .ToList();

        Assert.Empty(spaced);
    }

    [Fact]
    public void A_folded_english_text_keeps_the_space_between_its_lines()
    {
        var ip = RealBase.Value.Playbooks.Single(p => p.Id == "ip-complaint");

        Assert.DoesNotContain("  ", ip.Summary.En, StringComparison.Ordinal);
        Assert.Contains(" in that market", ip.Summary.En, StringComparison.Ordinal);
        Assert.Contains("账户；在美国", ip.Summary.ZhCn, StringComparison.Ordinal);
    }

    [GeneratedRegex(@"[\p{IsCJKUnifiedIdeographs}，。；：] [\p{IsCJKUnifiedIdeographs}，。；：]")]
    private static partial Regex SpaceInsideChinese();
}
