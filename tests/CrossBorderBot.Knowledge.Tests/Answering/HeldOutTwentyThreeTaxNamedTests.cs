namespace CrossBorderBot.Knowledge.Tests.Answering;

/// <summary>
/// The twenty-seventh session, holdout23's second cause (the wrong entry of the right market over the one ranked second):
/// a question that quotes an amount and names the tax asked ("VAT", "增值税") is the market's rule of that tax, though the
/// market's other tax rule has the quoted amount as its threshold. Written before the change was first run; on the base
/// the UAE question below got the duty rule or the market's overview.
/// </summary>
public class HeldOutTwentyThreeTaxNamedTests
{
    [Theory]
    [InlineData("阿联酋 1000迪拉姆以下的包裹 增值税怎么算", "ae-import-vat")]
    [InlineData("korea vat on a 150 dollar personal parcel - charged?", "kr-personal-import-vat")]
    [InlineData("加拿大 20加元以下的邮件 GST还收不收", "ca-tax-remission")]
    [InlineData("philippines vat on a 10000 peso parcel", "ph-de-minimis-vat")]
    public void The_tax_named_picks_the_rule_of_that_tax(string question, string rule)
    {
        var answer = RealAnswerer.Ask(question);

        Assert.True(answer.Answered, $"not answered ({answer.Guidance})");
        Assert.Equal(rule, answer.Entries[0].Id);
    }
}
