using System.Diagnostics;
using CrossBorderBot.Dialogs;
using CrossBorderBot.Storage;

namespace CrossBorderBot.Telemetry;

/// <summary>
/// Wraps the one <see cref="IBot"/> when telemetry is on, so every door (Bot Framework, Slack, Direct Line, terminal)
/// gets the same span and measurements per turn: channel, activity type, the active dialog after the turn, outcome
/// and duration. Ids and names only, never message text.
/// </summary>
public sealed class TelemetryBot(IBot inner, BotState conversationState) : IBot
{
    private readonly IStatePropertyAccessor<DialogState> _dialogState = conversationState.CreateProperty<DialogState>(nameof(DialogState));

    public async Task OnTurnAsync(ITurnContext turnContext, CancellationToken cancellationToken = default)
    {
        var channel = turnContext.Activity.ChannelId ?? "unknown";
        var activityType = turnContext.Activity.Type ?? "unknown";
        using var span = BotTelemetry.Source.StartActivity("bot.turn", ActivityKind.Server);
        span?.SetTag("crossborderbot.channel", channel);
        span?.SetTag("crossborderbot.activity_type", activityType);
        span?.SetTag("crossborderbot.conversation_id", turnContext.Activity.Conversation?.Id);
        var started = Stopwatch.GetTimestamp();
        var outcome = "ok";
        try
        {
            await inner.OnTurnAsync(turnContext, cancellationToken);
            span?.SetTag("crossborderbot.dialog", await ActiveDialogAsync(turnContext, cancellationToken));
        }
        catch (Exception exception)
        {
            outcome = exception is StorageConcurrencyException ? "conflict" : exception is OperationCanceledException ? "cancelled" : "error";
            span?.SetStatus(ActivityStatusCode.Error, exception.GetType().Name);
            span?.SetTag("error.type", exception.GetType().FullName);
            BotTelemetry.TurnErrors.Add(1, Tag("channel", channel), Tag("error.type", exception.GetType().Name));
            if (exception is StorageConcurrencyException)
            {
                BotTelemetry.StorageConflicts.Add(1, Tag("scope", "turn"), Tag("channel", channel));
            }

            throw;
        }
        finally
        {
            span?.SetTag("crossborderbot.outcome", outcome);
            var tags = new TagList { { "channel", channel }, { "activity_type", activityType }, { "outcome", outcome } };
            BotTelemetry.Turns.Add(1, tags);
            BotTelemetry.TurnDuration.Record(Stopwatch.GetElapsedTime(started).TotalSeconds, tags);
        }
    }

    private static KeyValuePair<string, object?> Tag(string name, object? value) => new(name, value);

    /// <summary>The innermost dialog after the turn, from the state the turn already loaded (no extra storage read).</summary>
    private async Task<string> ActiveDialogAsync(ITurnContext turnContext, CancellationToken cancellationToken)
    {
        if (conversationState.GetCachedState(turnContext) is null)
        {
            return "none";
        }

        var state = await _dialogState.GetAsync(turnContext, () => null!, cancellationToken);
        return state?.DialogStack.LastOrDefault()?.Id ?? "none";
    }
}
