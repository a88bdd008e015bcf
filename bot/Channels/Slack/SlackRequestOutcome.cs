namespace CrossBorderBot.Channels.Slack;

/// <summary>What became of a verified Slack request.</summary>
public enum SlackRequestOutcome
{
    /// <summary>A turn was queued.</summary>
    Accepted,

    /// <summary>Nothing for the bot (its own message, an edit, a channel message not addressed to it…).</summary>
    Ignored,

    /// <summary>A retry of an event already accepted.</summary>
    Duplicate,

    /// <summary>The turn queue is full; Slack should retry.</summary>
    Busy,

    /// <summary>The payload is not what Slack sends.</summary>
    Malformed,
}
