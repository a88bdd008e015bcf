namespace CrossBorderBot.Understanding;

/// <summary>
/// The arbiter's decision for this turn, kept in the turn state so the guide that receives the message reads it
/// from the same typed recognition instead of recognizing it again.
/// </summary>
public sealed record TurnUnderstanding(RecognizedMessage Message, MessagePurpose Purpose)
{
    /// <summary>Set by a guide that was asked about its result and had nothing to say: the question is answered instead.</summary>
    public bool Declined { get; set; }

    public static TurnUnderstanding? Of(ITurnContext turnContext) => turnContext.TurnState.Get<TurnUnderstanding>();

    public void Attach(ITurnContext turnContext) => turnContext.TurnState.Set(this);
}
