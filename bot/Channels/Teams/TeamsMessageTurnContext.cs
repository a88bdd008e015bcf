using Newtonsoft.Json;
using Newtonsoft.Json.Linq;

namespace CrossBorderBot.Channels.Teams;

/// <summary>
/// Presents an <c>adaptiveCard/action</c> invoke as the card submit it stands for, so that an <c>Action.Execute</c>
/// click runs exactly the turn an <c>Action.Submit</c> click runs. Everything but the activity (turn state, so the
/// loaded conversation state; sending, so replies still go where the invoke's replies go) is the real turn's.
/// </summary>
public sealed class TeamsMessageTurnContext : ITurnContext<IMessageActivity>
{
    private readonly ITurnContext _inner;

    public TeamsMessageTurnContext(ITurnContext inner, JObject submitData)
    {
        ArgumentNullException.ThrowIfNull(inner);
        ArgumentNullException.ThrowIfNull(submitData);
        _inner = inner;
        var message = JsonConvert.DeserializeObject<Activity>(JsonConvert.SerializeObject(inner.Activity))!;
        message.Type = ActivityTypes.Message;
        message.Name = null;
        message.Text = null;
        message.Value = submitData;
        Activity = message;
    }

    public Activity Activity { get; }

    IMessageActivity ITurnContext<IMessageActivity>.Activity => Activity;

    public BotAdapter Adapter => _inner.Adapter;

    public TurnContextStateCollection TurnState => _inner.TurnState;

    public bool Responded => _inner.Responded;

    public Task<ResourceResponse> SendActivityAsync(string textReplyToSend, string? speak = null, string? inputHint = null, CancellationToken cancellationToken = default) =>
        _inner.SendActivityAsync(textReplyToSend, speak, inputHint ?? InputHints.AcceptingInput, cancellationToken);

    public Task<ResourceResponse> SendActivityAsync(IActivity activity, CancellationToken cancellationToken = default) =>
        _inner.SendActivityAsync(activity, cancellationToken);

    public Task<ResourceResponse[]> SendActivitiesAsync(IActivity[] activities, CancellationToken cancellationToken = default) =>
        _inner.SendActivitiesAsync(activities, cancellationToken);

    public Task<ResourceResponse> UpdateActivityAsync(IActivity activity, CancellationToken cancellationToken = default) =>
        _inner.UpdateActivityAsync(activity, cancellationToken);

    public Task DeleteActivityAsync(string activityId, CancellationToken cancellationToken = default) =>
        _inner.DeleteActivityAsync(activityId, cancellationToken);

    public Task DeleteActivityAsync(ConversationReference conversationReference, CancellationToken cancellationToken = default) =>
        _inner.DeleteActivityAsync(conversationReference, cancellationToken);

    public ITurnContext OnSendActivities(SendActivitiesHandler handler)
    {
        _inner.OnSendActivities(handler);
        return this;
    }

    public ITurnContext OnUpdateActivity(UpdateActivityHandler handler)
    {
        _inner.OnUpdateActivity(handler);
        return this;
    }

    public ITurnContext OnDeleteActivity(DeleteActivityHandler handler)
    {
        _inner.OnDeleteActivity(handler);
        return this;
    }
}
