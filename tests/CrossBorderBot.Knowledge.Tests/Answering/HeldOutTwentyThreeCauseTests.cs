using CrossBorderBot.Knowledge.Answering;

namespace CrossBorderBot.Knowledge.Tests.Answering;

/// <summary>
/// The twenty-sixth session (causes found on holdout23, development material by then, and dev26): a playbook's figures written
/// in its signs, causes and notes per market; a refused first entry with a named one just below it that answers; whether a
/// registration asked about covers the product named. Each kind has messages of other wording than any set's, written
/// before the mechanism was first run.
/// </summary>
public class HeldOutTwentyThreeCauseTests
{
    [Theory]
    [InlineData("eu shoppers: within how many days can they send an order back with no reason", "high-return-rates", "14")]
    [InlineData("英国网购 买家取消订单的法定期限几天", "high-return-rates", "14")]
    [InlineData("how long with no scan before i should treat a parcel as probably lost", "lost-parcel-no-tracking", "10")]
    [InlineData("物流轨迹几天不更新就该当丢件处理", "lost-parcel-no-tracking", "10")]
    [InlineData("is there a federal right in the us to withdraw from an online purchase", "high-return-rates", "federal")]
    public void A_playbooks_figure_in_its_signs_or_market_notes_answers(string question, string playbook, string fact)
    {
        var answer = RealAnswerer.Ask(question);

        Assert.True(answer.Answered, $"not answered ({answer.Guidance})");
        Assert.Equal(playbook, answer.Entries[0].Id);
        Assert.Contains(fact, answer.Text, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public void A_market_note_says_which_market_it_is_for()
    {
        var answer = RealAnswerer.Ask("eu shoppers: within how many days can they send an order back with no reason");

        Assert.Contains(answer.Text.Split('\n'), line => line.Contains("14", StringComparison.Ordinal) && line.StartsWith("European Union", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("dubai customer, parcel worth 150 dirham, any vat?", "ae")]
    [InlineData("christchurch buyer, nz$200 order: who charges the gst", "nz-gst-low-value-goods")]
    [InlineData("新西兰客户 下单300纽币 GST怎么收", "nz-gst-low-value-goods")]
    [InlineData("新西兰 一年卖给个人买家8万纽币 GST要登记吗", "nz-gst-low-value-goods")]
    [InlineData("e邮宝能不能寄指甲油", "epacket")]
    public void A_named_entry_just_below_a_refused_first_one_answers(string question, string expected)
    {
        var answer = RealAnswerer.Ask(question);

        Assert.True(answer.Answered, $"not answered ({answer.Guidance})");
        Assert.StartsWith(expected, answer.Entries[0].Id, StringComparison.Ordinal);
    }

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
