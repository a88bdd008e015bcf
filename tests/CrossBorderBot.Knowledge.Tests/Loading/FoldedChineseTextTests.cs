using System.Text.RegularExpressions;
using CrossBorderBot.Knowledge.Loading;
using CrossBorderBot.Knowledge.Model;
using CrossBorderBot.Knowledge.Tests.TestUtilities;

namespace CrossBorderBot.Knowledge.Tests.Loading;

/// <summary>
/// A Chinese text written over several YAML lines reads as one run of Chinese: YAML folds each line break into a
/// space, which users saw as "多次投诉会危及账户； 在美国" in the IP-complaint playbook. English keeps its spaces.
/// </summary>
public partial class FoldedChineseTextTests
{
    private static readonly Lazy<KnowledgeBase> RealBase = new(() => new KnowledgeLoader().LoadDefault().KnowledgeBase);

    [Fact]
    public void No_text_users_read_has_a_space_next_to_chinese_punctuation_between_chinese_words()
    {
        var spaced = UserFacingText.Of(RealBase.Value)
            .Where(t => SpaceInsideChinese().IsMatch(t.Text.ZhCn))
            .Select(t => t.Path)
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

    // A space between two names is Chinese official style ("财政部 税务总局"); one beside a Chinese stop or comma is a fold.
    [GeneratedRegex(@"[，。；：、] \p{IsCJKUnifiedIdeographs}|\p{IsCJKUnifiedIdeographs} [，。；：、]")]
    private static partial Regex SpaceInsideChinese();
}
