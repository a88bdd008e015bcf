using CrossBorderBot.Knowledge.Answering;

namespace CrossBorderBot.Knowledge.Tests.Answering;

/// <summary>
/// The twenty-sixth session (the lead's finding on holdout23's kind and dev26): whether a registration asked about covers the
/// product named. Messages of other wording than any set's, written before the mechanism was first run.
/// </summary>
public class HeldOutTwentyThreeCauseTests
{
    [Theory]
    [InlineData("do I need FDA food facility registration to sell phone cases in the US", "fda-food-facility-registration", "not among")]
    [InlineData("卖T恤到美国 需要做FDA注册吗", "fda-", "不在")]
    [InlineData("CPNP notification for LED lamps?", "eu-cosmetics-cpnp", "not among")]
    [InlineData("卖蓝牙音箱去欧盟 要做CPNP吗", "eu-cosmetics-cpnp", "不在")]
    [InlineData("does a children's product certificate apply to kitchen knives", "cpsia-childrens-product-certificate", "not among")]
    [InlineData("美国卖砧板要FDA注册吗", "fda-", "不在")]
    public void A_registration_that_does_not_cover_the_product_named_says_so_first(string question, string rule, string scope)
    {
        var answer = RealAnswerer.Ask(question);

        Assert.True(answer.Answered, $"not answered ({answer.Guidance})");
        Assert.StartsWith(rule, answer.Entries[0].Id, StringComparison.Ordinal);
        Assert.Contains(scope, answer.Lead, StringComparison.Ordinal);
    }

    [Theory]
    // The registration covers the product: the usual answer.
    [InlineData("卖口红到美国 需要FDA注册吗", "不在")]
    [InlineData("fda food facility registration for fish oil capsules?", "not among")]
    // A mark's category list is its usual products, not its legal scope: left to the usual answer.
    [InlineData("do I need UKCA for an electric kettle", "not among")]
    public void A_registration_covering_the_product_or_a_mark_is_answered_as_before(string question, string scope)
    {
        var answer = RealAnswerer.Ask(question);

        Assert.DoesNotContain(scope, answer.Lead, StringComparison.Ordinal);
    }
}
