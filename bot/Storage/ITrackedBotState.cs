using Microsoft.Bot.Builder;

namespace CrossBorderBot.Storage;

/// <summary>A state scope whose save can join other scopes' saves in one store write (<see cref="TurnStateWriter"/>).</summary>
internal interface ITrackedBotState
{
    /// <summary>The store the scope reads and writes.</summary>
    IBotStateDocumentStore Documents { get; }

    /// <summary>The write the scope needs this turn, or null when its state is unchanged.</summary>
    BotStateWrite? PrepareWrite(ITurnContext turnContext, bool force);

    /// <summary>Records that <paramref name="write"/> was stored with <paramref name="eTag"/>.</summary>
    void Committed(ITurnContext turnContext, BotStateWrite write, string eTag);
}
