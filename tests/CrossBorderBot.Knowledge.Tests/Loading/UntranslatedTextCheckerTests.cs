using CrossBorderBot.Knowledge.Tests.TestUtilities;

namespace CrossBorderBot.Knowledge.Tests.Loading;

/// <summary>kb validate: a Chinese text that is an untranslated phrase is reported; a name kept in Latin letters is not.</summary>
public class UntranslatedTextCheckerTests
{
    [Fact]
    public void A_Chinese_text_left_in_English_is_reported_on_its_line()
    {
        var bigmart = FixtureVariant.Read("platforms/bigmart.yaml").Replace("zh-CN: 按类目收取佣金。", "zh-CN: Referral fee by category.", StringComparison.Ordinal);

        var problem = Assert.Single(FixtureVariant.ProblemsWith("platforms/bigmart.yaml", bigmart));

        Assert.Equal("platforms/bigmart.yaml", problem.File);
        Assert.Equal(13, problem.Line);
        Assert.Contains("the Chinese text has no Chinese in it: \"Referral fee by category.\"", problem.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_brand_name_kept_in_Latin_letters_is_not_reported()
    {
        var bigmart = FixtureVariant.Read("platforms/bigmart.yaml").Replace("zh-CN: 大商城 }", "zh-CN: BigMart }", StringComparison.Ordinal);

        Assert.Contains("zh-CN: BigMart }", bigmart, StringComparison.Ordinal);
        Assert.Empty(FixtureVariant.ProblemsWith("platforms/bigmart.yaml", bigmart));
    }
}
