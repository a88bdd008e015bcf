using CrossBorderBot.Tests.TestUtilities;
using Microsoft.Bot.Builder;
using Microsoft.Bot.Schema;
using Microsoft.Extensions.DependencyInjection;

namespace CrossBorderBot.Tests.Answers;

/// <summary>
/// "more" / "更多" typed after a long answer sends the rest of that answer — also when the next turn reaches a
/// restarted bot or another instance, because the last question is kept in conversation state, not in a process.
/// </summary>
public sealed class TypedMoreTests
{
    // A compliance entry long enough to have a rest (its steps and dated history).
    private const string LongQuestion = "What is the EU Battery Regulation?";

    [Theory]
    [InlineData("more", "More on ")]
    [InlineData("更多", "More on ")]
    public async Task Typed_more_reaches_the_rest_of_the_answer_on_a_second_instance_sharing_the_state_store(string more, string restLead)
    {
        var storage = new MemoryStorage();
        using var first = new BotTestHost(configureServices: services => services.AddSingleton<IStorage>(storage));
        using var second = new BotTestHost(configureServices: services => services.AddSingleton<IStorage>(storage));
        var adapter = first.Adapter();
        string? firstAnswer = null;

        await first.Flow(adapter)
            .Send("hi").AssertReply(_ => { })
            .Send(LongQuestion).AssertReply(reply =>
            {
                firstAnswer = BotReplies.VisibleText(reply);
                Assert.Contains("More…", BotReplies.VisibleText(reply) + string.Join(' ', BotReplies.ButtonTitles(reply)));
            })
            .AssertReply(_ => { }) // "Do you have another question?"
            .StartTestAsync();

        // The first bot is gone; the second, with nothing in its memory, reads the last question from state.
        first.Dispose();
        string? rest = null;
        await second.Flow(adapter)
            .Send(more).AssertReply(reply => rest = BotReplies.VisibleText(reply))
            .StartTestAsync();

        Assert.NotNull(rest);
        Assert.Contains(restLead, rest);
        Assert.Contains("Battery", rest);
        Assert.DoesNotContain("That was all I have", rest);
        Assert.NotEqual(firstAnswer, rest);
    }

    [Fact]
    public async Task Typed_more_with_no_answer_before_it_is_not_taken_as_a_request_for_more()
    {
        using var host = new BotTestHost();
        string? reply = null;
        await host.Flow()
            .Send("hi").AssertReply(_ => { })
            .Send("more").AssertReply(r => reply = BotReplies.VisibleText(r))
            .StartTestAsync();

        Assert.DoesNotContain("More on ", reply);
    }
}
