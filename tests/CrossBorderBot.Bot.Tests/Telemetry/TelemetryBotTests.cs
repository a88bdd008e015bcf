using System.Diagnostics;
using System.Diagnostics.Metrics;
using CrossBorderBot.Storage;
using CrossBorderBot.Telemetry;
using CrossBorderBot.Tests.Storage;
using Microsoft.Bot.Builder;
using Moq;

namespace CrossBorderBot.Tests.Telemetry;

/// <summary>How a failing turn shows in telemetry: the span says error or conflict, the error and conflict counters count it.</summary>
public sealed class TelemetryBotTests : IDisposable
{
    private readonly string _conversation = "c-telemetry-unit-" + Guid.NewGuid().ToString("N");
    private readonly List<Activity> _spans = [];
    private readonly List<(string Instrument, long Value, Dictionary<string, object?> Tags)> _counts = [];
    private readonly ActivityListener _spanListener;
    private readonly MeterListener _meterListener = new();

    public TelemetryBotTests()
    {
        _spanListener = new ActivityListener
        {
            ShouldListenTo = source => source.Name == BotTelemetry.Name,
            Sample = (ref ActivityCreationOptions<ActivityContext> _) => ActivitySamplingResult.AllDataAndRecorded,
            ActivityStopped = span =>
            {
                if ((string?)span.GetTagItem("crossborderbot.conversation_id") == _conversation)
                {
                    lock (_spans)
                    {
                        _spans.Add(span);
                    }
                }
            },
        };
        ActivitySource.AddActivityListener(_spanListener);
        _meterListener.InstrumentPublished = (instrument, listener) =>
        {
            if (instrument.Meter.Name == BotTelemetry.Name)
            {
                listener.EnableMeasurementEvents(instrument);
            }
        };
        _meterListener.SetMeasurementEventCallback<long>((instrument, value, tags, _) =>
        {
            var tagged = new Dictionary<string, object?>();
            foreach (var tag in tags)
            {
                tagged[tag.Key] = tag.Value;
            }

            lock (_counts)
            {
                _counts.Add((instrument.Name, value, tagged));
            }
        });
        _meterListener.Start();
    }

    public void Dispose()
    {
        _spanListener.Dispose();
        _meterListener.Dispose();
    }

    [Theory]
    [InlineData(false, "error")]
    [InlineData(true, "conflict")]
    public async Task FailingTurnIsRecordedAndStillThrown(bool staleSave, string outcome)
    {
        var channel = "telemetry-" + outcome;
        var inner = new Mock<IBot>();
        inner.Setup(bot => bot.OnTurnAsync(It.IsAny<ITurnContext>(), It.IsAny<CancellationToken>()))
            .ThrowsAsync(staleSave ? new StorageConcurrencyException("webchat/conversations/x") : new InvalidOperationException("boom"));
        var bot = new TelemetryBot(inner.Object, new ConversationState(new MemoryStorage()));
        var turn = StorageTestTurns.NewTurn(_conversation);
        turn.Activity.ChannelId = channel;

        await Assert.ThrowsAnyAsync<Exception>(() => bot.OnTurnAsync(turn, CancellationToken.None));

        var span = Assert.Single(_spans);
        Assert.Equal(outcome, span.GetTagItem("crossborderbot.outcome"));
        Assert.Equal(ActivityStatusCode.Error, span.Status);
        Assert.Contains(_counts, c => c.Instrument == "crossborderbot.turn.errors" && (string?)c.Tags["channel"] == channel);
        Assert.Contains(_counts, c => c.Instrument == "crossborderbot.turns" && (string?)c.Tags["channel"] == channel && (string?)c.Tags["outcome"] == outcome);
        Assert.Equal(staleSave, _counts.Any(c => c.Instrument == "crossborderbot.storage.conflicts" && (string?)c.Tags["scope"] == "turn" && c.Tags.GetValueOrDefault("channel") as string == channel));
    }
}
