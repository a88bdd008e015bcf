namespace CrossBorderBot.Hosting;

/// <summary>
/// A middleware the <c>/api/messages</c> adapter runs after the turn-safety middleware, for a channel that reaches the
/// bot through Azure Bot Service and needs its own shaping there (Slack: Block Kit in <c>channelData</c>). A channel's
/// <c>AddXxx</c> registers it; the adapter reads the whole list when it is built, so the order of the <c>AddXxx</c>
/// calls does not matter.
/// </summary>
public interface IBotFrameworkChannelMiddleware : Microsoft.Bot.Builder.IMiddleware;
