using CrossBorderBot.Tests.TestUtilities;

namespace CrossBorderBot.Tests.Slack;

/// <summary>
/// Whole conversations through the Slack endpoints against the fake Web API: what the user would see, checked as
/// the exact Web API calls the bot makes.
/// </summary>
public sealed class SlackConversationFlowTests : IAsyncLifetime
{
    private SlackBotHost _host = null!;

    public async Task InitializeAsync() => _host = await SlackBotHost.StartAsync();

    public async Task DisposeAsync() => await _host.DisposeAsync();

    [Fact]
    public async Task A_direct_message_gets_the_menu_as_buttons_in_the_same_direct_message()
    {
        var chat = new SlackChat(_host);

        var calls = await chat.SayAsync("hi");

        var post = Assert.Single(calls);
        Assert.Equal("chat.postMessage", post.Method);
        Assert.Equal(SlackPayloads.DirectChannel, post.Channel);
        Assert.Null(post.ThreadTs);
        Assert.Equal("What would you like to do?", post.Text);
        Assert.Equal(
            ["Check my readiness to sell abroad", "Choose platforms", "Choose logistics", "Fix an issue", "Ask a question"],
            post.ButtonTitles);
        Assert.Equal("Bearer " + SlackBotHost.BotToken, post.Authorization);
    }

    [Fact]
    public async Task A_click_on_an_old_menu_while_a_guide_question_waits_is_declined_and_the_question_asked_again()
    {
        var chat = new SlackChat(_host);
        await chat.SayAsync("hi");
        var started = await chat.SayAsync("I want to ship a parcel");
        Assert.StartsWith("How much does one parcel weigh?", started[^1].Text, StringComparison.Ordinal);

        var calls = await chat.ClickAsync("Choose platforms");

        Assert.Equal("chat.update", calls[0].Method);
        Assert.Equal(CrossBorderBot.Channels.QuestionCards.QuestionCardText.English.CardExpired, calls[1].Text);
        Assert.StartsWith("How much does one parcel weigh?", calls[^1].Text, StringComparison.Ordinal);
        Assert.DoesNotContain(calls, call => call.Text?.Contains("platforms that fit", StringComparison.Ordinal) == true);

        // Nothing was lost: the guide takes the weight.
        var weighed = await chat.SayAsync("2 kg");
        Assert.StartsWith("What are the parcel's outer dimensions", weighed[^1].Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Clicking_a_menu_button_answers_the_menu_and_replaces_its_buttons_with_the_choice()
    {
        var chat = new SlackChat(_host);
        var menu = Assert.Single(await chat.SayAsync("hi"));

        var calls = await chat.ClickAsync("Choose platforms");

        Assert.Equal(["chat.update", "chat.postMessage", "chat.postMessage"], calls.Select(call => call.Method));
        var update = calls[0];
        Assert.Equal(SlackPayloads.DirectChannel, update.Channel);
        Assert.Equal(menu.Ts, update.Body.Value<string>("ts"));
        Assert.Empty(update.ButtonTitles);
        Assert.Contains("Choose platforms", update.Blocks!.ToString());

        // The platform guide starts: its introduction, then its first question with buttons.
        Assert.Contains("Let's find the platforms that fit your business", calls[1].Text);
        Assert.Equal("Who will you sell to?", calls[2].Text);
        Assert.Contains("B2C — consumers", calls[2].ButtonTitles);
        Assert.All(calls, call => Assert.Equal(SlackPayloads.DirectChannel, call.Channel));
    }

    [Fact]
    public async Task A_mention_in_a_channel_is_answered_in_its_thread_and_the_thread_continues_without_mentions()
    {
        var chat = new SlackChat(_host);

        var first = await chat.MentionAsync("hi");
        var reply = Assert.Single(first);
        Assert.Equal(SlackPayloads.PublicChannel, reply.Channel);
        Assert.Equal(chat.ThreadTs, reply.ThreadTs);
        Assert.Equal("What would you like to do?", reply.Text);

        var clicked = await chat.ClickAsync("Choose logistics");
        Assert.Equal(["chat.update", "chat.postMessage", "chat.postMessage"], clicked.Select(call => call.Method));
        Assert.All(clicked.Skip(1), call => Assert.Equal(chat.ThreadTs, call.ThreadTs));

        // A typed answer in the thread, without mentioning the bot, reaches the waiting menu.
        var typed = await chat.SayAsync("help");
        Assert.NotEmpty(typed);
        Assert.All(typed, call => Assert.Equal(chat.ThreadTs, call.ThreadTs));
        Assert.Contains(typed, call => call.Text?.Contains("\"back\"", StringComparison.Ordinal) == true);
    }

    [Fact]
    public async Task The_mention_is_removed_from_the_text_the_bot_reads()
    {
        var chat = new SlackChat(_host);

        // "help" is a command only when it is the whole message: with the mention left in, it would not be one.
        var calls = await chat.MentionAsync("help");

        Assert.Contains(calls, call => call.Text?.Contains("\"back\"", StringComparison.Ordinal) == true);
    }

    [Fact]
    public async Task A_choice_from_a_select_menu_answers_like_a_button()
    {
        var chat = new SlackChat(_host);
        var menu = Assert.Single(await chat.SayAsync("hi"));
        var stored = _host.Api.Message(SlackPayloads.DirectChannel, menu.Ts!);
        var value = "{\"verb\":\"choose\",\"value\":\"choose_logistics\"}";

        var calls = await chat.SendAsync(() => _host.SendInteractionAsync(
            SlackPayloads.SelectChoice(SlackPayloads.DirectChannel, stored, "blk1", "menu-select", "Choose logistics", value)));

        Assert.Equal(["chat.update", "chat.postMessage", "chat.postMessage"], calls.Select(call => call.Method));
        Assert.Contains("Choose logistics", calls[0].Blocks!.ToString());
        Assert.Contains("Let's find the right logistics channel", calls[1].Text);
    }

    [Fact]
    public async Task Asking_a_question_through_buttons_and_typing_gets_a_sourced_answer_in_the_direct_message()
    {
        var chat = new SlackChat(_host);
        await chat.SayAsync("hi");

        var asked = await chat.ClickAsync("Ask a question");
        Assert.Equal(["chat.update", "chat.postMessage"], asked.Select(call => call.Method));
        Assert.StartsWith("What would you like to know?", asked[1].Text);

        var answered = await chat.SayAsync("What is IOSS?");
        Assert.All(answered, call => Assert.Equal(("chat.postMessage", SlackPayloads.DirectChannel), (call.Method, call.Channel)));
        // The answer names its sources (as text today; as Block Kit once the answer goes through the reply model).
        var answer = answered[0].Body.ToString();
        Assert.Contains("IOSS", answer);
        Assert.Contains("Sources", answer);
        Assert.Contains("reviewed", answer);
        var another = answered[^1];
        Assert.Contains("another question", another.Text);
        Assert.NotEmpty(another.ButtonTitles);

        var done = await chat.ClickAsync(another.ButtonTitles[^1]);
        Assert.Equal("chat.update", done[0].Method);
        Assert.Equal(another.Ts, done[0].Body.Value<string>("ts"));
        Assert.Contains("Choose platforms", done[^1].ButtonTitles);
    }

    [Fact]
    public async Task A_scripted_run_through_the_menu_ends_back_at_the_menu()
    {
        var chat = new SlackChat(_host);

        var calls = await chat.FollowAsync("hi", "Ask a question", "What is an HS code?", "No");

        Assert.Equal(2, calls.Count(call => call.Method == "chat.update"));
        Assert.All(calls, call => Assert.Equal(SlackPayloads.DirectChannel, call.Channel));
        Assert.Contains("Choose platforms", calls[^1].ButtonTitles);
    }
}
