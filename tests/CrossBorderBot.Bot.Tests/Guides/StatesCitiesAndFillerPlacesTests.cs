using CrossBorderBot.Tests.TestUtilities;

namespace CrossBorderBot.Tests.Guides;

/// <summary>
/// Places people name that are no country: a US state or a Canadian province or city the knowledge base lists as a
/// local place of its country ("to florida", "发到佛罗里达", "texas" as the reply) is that country; a market reply with
/// words of degree or time around the place ("the us mainly", "mostly the states, maybe canada later") is its places; a
/// long name with two slips ("philipins") is mended when it fits one place only, and said back.
/// </summary>
public sealed class StatesCitiesAndFillerPlacesTests
{
    [Theory]
    [InlineData("en-US", "cheapest way to get 1.2 kg of hair clips to florida?", "United States")]
    [InlineData("zh-CN", "2公斤的台灯发到佛罗里达，怎么走比较省钱", "美国")]
    [InlineData("en-US", "ship 2 kg of mugs to british columbia, 30 usd", "Canada")]
    public async Task A_state_or_province_in_a_request_is_its_country(string locale, string request, string country)
    {
        using var user = new GuideSession(locale);

        var turn = await user.SayAsync(request);

        Assert.Contains(country, turn.Text);
        Assert.DoesNotContain(locale == "en-US" ? "Where does the parcel go" : "包裹寄往哪里", turn.Text);
    }

    [Theory]
    [InlineData("texas", "United States")]
    [InlineData("philipins", "Philippines")]
    public async Task A_state_or_a_long_name_with_two_slips_answers_the_place_question(string reply, string country)
    {
        using var user = new GuideSession();
        await user.SayAsync("ship 1 kg of mugs, 20 usd, size unknown");

        var turn = await user.SayAsync(reply);

        Assert.Contains("How fast must it arrive", turn.Text);
        await user.SayAsync("standard");
        await user.SayAsync("yes");
        await user.SayAsync("no");
        Assert.Contains(country, (await user.SayAsync("no")).Text);
    }

    [Theory]
    [InlineData("the us mainly", "United States")]
    [InlineData("mostly the states, maybe canada later", "Canada")]
    public async Task A_market_reply_with_words_of_degree_or_time_is_its_places(string reply, string named)
    {
        using var user = new GuideSession();
        await user.SayAsync("which platform for ceramic mugs");
        await user.SayAsync("b2c");

        var turn = await user.SayAsync(reply);

        Assert.DoesNotContain("didn't recognise that market", turn.Text);
        Assert.Contains("monthly budget", turn.Text);
        await user.SayAsync("500 usd");
        await user.SayAsync("none");
        Assert.Contains(named, (await user.SayAsync("no")).Text);
    }
}
