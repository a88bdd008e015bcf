using System.Collections.Concurrent;
using CrossBorderBot.Channels;
using CrossBorderBot.Hosting;
using Microsoft.Bot.Builder;
using Microsoft.Bot.Schema;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Time.Testing;

namespace CrossBorderBot.Tests.Hosting;

/// <summary>
/// A long turn keeps "typing…" visible: Teams and Web Chat drop an indicator after a few seconds, so it is sent again
/// every <see cref="TypingIndicatorMiddleware.RepeatEvery"/> until the turn ends, and not after.
/// </summary>
public sealed class TypingIndicatorRepeatTests
{
    [Fact]
    public async Task A_long_turn_repeats_the_indicator_until_its_reply_and_stops_after()
    {
        var clock = new FakeTimeProvider();
        var adapter = new RecordingAdapter();
        adapter.Use(new TypingIndicatorMiddleware(clock, NullLogger<TypingIndicatorMiddleware>.Instance));

        await adapter.ProcessActivityAsync(Message("msteams"), async (turn, cancellationToken) =>
        {
            // The result takes two indicator periods to build.
            for (var period = 1; period <= 2; period++)
            {
                clock.Advance(TypingIndicatorMiddleware.RepeatEvery);
                await adapter.WaitForTypingAsync(1 + period);
            }

            await turn.SendActivityAsync("The result", cancellationToken: cancellationToken);
        }, CancellationToken.None);

        clock.Advance(TypingIndicatorMiddleware.RepeatEvery * 3);
        Assert.Equal(["typing", "typing", "typing", "message"], adapter.Sent.Select(activity => activity.Type));
    }

    [Theory]
    [InlineData("slack")]
    [InlineData("terminal")]
    public async Task Channels_without_a_bots_typing_get_none(string channelId)
    {
        var adapter = new RecordingAdapter();
        adapter.Use(new TypingIndicatorMiddleware(new FakeTimeProvider(), NullLogger<TypingIndicatorMiddleware>.Instance));

        await adapter.ProcessActivityAsync(Message(channelId), (turn, cancellationToken) => turn.SendActivityAsync("hi", cancellationToken: cancellationToken), CancellationToken.None);

        Assert.Equal(["message"], adapter.Sent.Select(activity => activity.Type));
    }

    private static Activity Message(string channelId) => new()
    {
        Type = ActivityTypes.Message,
        ChannelId = channelId,
        Id = "m1",
        Text = "I want to ship a parcel",
        From = new ChannelAccount("user"),
        Recipient = new ChannelAccount("bot"),
        Conversation = new ConversationAccount(id: "c1"),
        ServiceUrl = "http://localhost",
    };

    private sealed class RecordingAdapter() : InProcessBotAdapter((_, exception) => throw exception)
    {
        public ConcurrentQueue<Activity> Sent { get; } = new();

        public override Task<ResourceResponse[]> SendActivitiesAsync(ITurnContext turnContext, Activity[] activities, CancellationToken cancellationToken)
        {
            foreach (var activity in activities)
            {
                Sent.Enqueue(activity);
            }

            return Task.FromResult(activities.Select(_ => new ResourceResponse(Guid.NewGuid().ToString("N"))).ToArray());
        }

        public override Task<ResourceResponse> UpdateActivityAsync(ITurnContext turnContext, Activity activity, CancellationToken cancellationToken) => throw new NotSupportedException();

        public override Task DeleteActivityAsync(ITurnContext turnContext, ConversationReference reference, CancellationToken cancellationToken) => throw new NotSupportedException();

        /// <summary>Waits (bounded, so a missing indicator fails rather than hangs) until this many indicators were sent.</summary>
        public async Task WaitForTypingAsync(int count)
        {
            using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(30));
            while (Sent.Count(activity => activity.Type == ActivityTypes.Typing) < count)
            {
                await Task.Delay(10, timeout.Token);
            }
        }
    }
}
