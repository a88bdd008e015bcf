namespace CrossBorderBot.Replies;

/// <summary><c>await turnContext.SendReplyAsync(reply, cancellationToken)</c>: the way guides speak.</summary>
public static class ReplyTurnContextExtensions
{
    /// <summary>Sends the reply rendered for the turn's channel (several messages on Slack when it is long).</summary>
    public static Task<ResourceResponse[]> SendReplyAsync(this ITurnContext turnContext, Reply reply, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(turnContext);
        var activities = ReplyActivityFactory.CreateAll(turnContext, reply);
        return turnContext.SendActivitiesAsync([.. activities], cancellationToken);
    }
}
