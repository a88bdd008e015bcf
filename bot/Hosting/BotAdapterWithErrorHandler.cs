using Microsoft.Bot.Builder.Integration.AspNet.Core;
using Microsoft.Bot.Connector.Authentication;

namespace CrossBorderBot.Hosting;

/// <summary>
/// The Bot Framework adapter behind <c>POST /api/messages</c>. Its error handler is the last line of defence for a
/// turn: it logs the conversation id (never the message text), tells the user something went wrong, and leaves the
/// conversation state as it was saved at the end of the previous turn, so the user can simply answer again.
/// </summary>
public sealed class BotAdapterWithErrorHandler : CloudAdapter
{
    public BotAdapterWithErrorHandler(
        BotFrameworkAuthentication authentication,
        ILogger<BotAdapterWithErrorHandler> logger)
        : base(authentication, new AuthRefusalLogger(new SdkInformationAsDebugLogger(logger)))
    {
        OnTurnError = TurnErrorReply.Handler(logger);
    }

    /// <summary>
    /// Authenticates an activity already read from a request and runs its turn, exactly as <see cref="CloudAdapter.ProcessAsync"/>
    /// does after reading the request (<see cref="BotFrameworkTurn"/> reads and answers the HTTP side itself).
    /// </summary>
    public Task<InvokeResponse> ProcessReadActivityAsync(string authHeader, Activity activity, BotCallbackHandler callback, CancellationToken cancellationToken) =>
        ProcessActivityAsync(authHeader, activity, callback, cancellationToken);
}
