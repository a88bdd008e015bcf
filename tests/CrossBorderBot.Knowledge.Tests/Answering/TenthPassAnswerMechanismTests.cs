using CrossBorderBot.Knowledge.Search;

namespace CrossBorderBot.Knowledge.Tests.Answering;

/// <summary>
/// The tenth pass (found on answers-dev9.tsv and the eighth held-out set, never on the ninth): a service the knowledge
/// base does not hold next to a platform it knows, the user's own earlier result, the Chinese container words, transit days to
/// any region the channel lists, and the readiness result's levels and dimensions. Wording here is not the dev set's.
/// </summary>
public class TenthPassAnswerMechanismTests
{
    [Theory]
    [InlineData("Does Paysera work for receiving eBay payouts?")]
    [InlineData("Zyfin收款速卖通手续费多少")]
    [InlineData("Mintpay account for my Shopee store")]
    public void An_unknown_service_next_to_a_known_platform_is_not_answered_with_the_platform(string question)
    {
        var answer = RealAnswerer.Ask(question);

        Assert.False(answer.Answered, $"answered from {(answer.Entries.Count > 0 ? answer.Entries[0].Id : "?")}: {answer.Lead}");
    }

    [Theory]
    [InlineData("when did the US de minimis last time change", "us-de-minimis")]
    [InlineData("美国800美元免税上次调整是什么时候", "us-de-minimis")]
    public void Last_time_about_a_rule_is_a_question_about_the_rule_not_the_users_own_result(string question, string entry)
    {
        var answer = RealAnswerer.Ask(question);

        Assert.True(answer.Answered, answer.Lead);
        Assert.Equal(entry, answer.Entries[0].Id);
    }

    [Theory]
    [InlineData("what did you recommend last time")]
    [InlineData("上次给我的方案是哪个平台")]
    public void Last_time_next_to_a_result_word_is_left_to_the_conversation(string question)
    {
        var answer = RealAnswerer.Ask(question);

        Assert.False(answer.Answered, $"answered from {(answer.Entries.Count > 0 ? answer.Entries[0].Id : "?")}: {answer.Lead}");
    }

    [Fact]
    public void A_comparison_with_an_unknown_side_still_answers_the_known_side_and_names_the_other()
    {
        var answer = RealAnswerer.Ask("Etsy vs Zibbet for handmade sellers");

        Assert.True(answer.Answered);
        Assert.Equal("etsy", answer.Entries[0].Id);
        Assert.Contains("Zibbet", answer.Lead, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("what did my last logistics recommendation say about FBA")]
    [InlineData("why is Shopee ranked so low in my results")]
    [InlineData("我的评估结果里为什么TikTok Shop排第二")]
    public void A_question_about_the_user_s_own_earlier_result_is_not_answered_from_an_entry(string question)
    {
        var answer = RealAnswerer.Ask(question);

        Assert.False(answer.Answered, $"answered from {(answer.Entries.Count > 0 ? answer.Entries[0].Id : "?")}: {answer.Lead}");
    }

    [Theory]
    [InlineData("整柜发到中东要几天", "sea-freight-fcl")]
    [InlineData("拼柜到东南亚多少天", "sea-freight-lcl")]
    [InlineData("整箱海运到北美多少天", "sea-freight-fcl")]
    public void The_chinese_container_words_name_the_sea_freight_channel_not_the_warehouse_route(string question, string expected)
    {
        var answer = RealAnswerer.Ask(question);

        Assert.True(answer.Answered);
        Assert.Equal(expected, answer.Entries[0].Id);
        Assert.Matches(@"\d+[–-]\d+", answer.Lead);
    }

    [Theory]
    [InlineData("EMS到南美要几天", "8–20")]
    [InlineData("air cargo to the middle east days", "4–7")]
    [InlineData("ePacket to Oceania, how many days?", "8–15")]
    public void Transit_days_are_given_for_any_region_the_channel_lists_named_by_name_or_alias(string question, string days)
    {
        var answer = RealAnswerer.Ask(question);

        Assert.True(answer.Answered);
        Assert.Contains(days, answer.Lead, StringComparison.Ordinal);
    }

    [Fact]
    public void A_number_of_days_in_a_problem_report_does_not_make_it_a_transit_question()
    {
        var answer = RealAnswerer.Ask("parcel to france held by customs for 12 days");

        Assert.True(answer.Answered);
        Assert.Equal("customs-hold", answer.Entries[0].Id);
    }

    [Theory]
    [InlineData("my readiness level is ready to scale - meaning?", "ready-to-scale", "warehouse")]
    [InlineData("准备度等级“尚未准备好”是什么意思", "not-ready", "路线图")]
    public void A_readiness_level_is_answered_from_the_level_with_its_score_band(string question, string expected, string word)
    {
        var answer = RealAnswerer.Ask(question);

        Assert.True(answer.Answered);
        Assert.Equal(SearchEntryType.ReadinessLevel, answer.Entries[0].Type);
        Assert.Equal(expected, answer.Entries[0].Id);
        Assert.Contains(word, answer.Text, StringComparison.OrdinalIgnoreCase);
        Assert.Matches(@"\d+", answer.Text);
    }

    [Fact]
    public void Everyday_words_of_a_level_do_not_reach_it_without_a_question_about_readiness()
    {
        var answer = RealAnswerer.Ask("is my product ready to ship by sea");

        Assert.False(answer.Answered && answer.Entries[0].Type is SearchEntryType.ReadinessLevel or SearchEntryType.ReadinessDimension,
            $"answered from {(answer.Entries.Count > 0 ? answer.Entries[0].Id : "?")}");
    }
}
