using Newtonsoft.Json.Linq;

namespace CrossBorderBot.Dialogs;

/// <summary>
/// Converts a component's inner stack between its object form and the plain JSON kept in the component's instance
/// state, by hand rather than through the serializer: a turn does this several times per component level, and the
/// serializer's way copied every dialog's state JSON each time. The instances' <see cref="DialogInstance.State"/>
/// objects are shared with the JSON, not copied, so what a dialog writes is in the stored JSON at once.
/// </summary>
/// <remarks>
/// The JSON is <c>{"dialogStack":[{"id":…,"version":…,"state":{…}}]}</c>, as the serializer wrote it. Stacks stored
/// with .NET type names (<c>{"$type":…,"$values":[…]}</c> for the list, a <c>$type</c> in each instance) read the same.
/// </remarks>
internal static class DialogStateJson
{
    private const string StackProperty = "dialogStack";
    private const string IdProperty = "id";
    private const string VersionProperty = "version";
    private const string StateProperty = "state";

    /// <summary>Reads a stack from its JSON; an empty stack for null. Throws <see cref="FormatException"/> on JSON that is not a stack.</summary>
    public static DialogState Read(JToken? json)
    {
        var state = new DialogState();
        if (json is null || json.Type == JTokenType.Null)
        {
            return state;
        }

        if (json is not JObject root)
        {
            throw new FormatException("A dialog stack must be a JSON object.");
        }

        var stack = root[StackProperty];
        if (stack is JObject typedList)
        {
            stack = typedList["$values"];
        }

        if (stack is null || stack.Type == JTokenType.Null)
        {
            return state;
        }

        if (stack is not JArray items)
        {
            throw new FormatException("A dialog stack's 'dialogStack' must be a JSON array.");
        }

        foreach (var item in items)
        {
            state.DialogStack.Add(ReadInstance(item));
        }

        return state;
    }

    /// <summary>Writes a stack as JSON, taking over (not copying) each instance's state object.</summary>
    public static JObject Write(DialogState state)
    {
        var items = new JArray();
        foreach (var instance in state.DialogStack)
        {
            items.Add(new JObject
            {
                [IdProperty] = instance.Id,
                [VersionProperty] = instance.Version,
                [StateProperty] = Detach(instance.State),
            });
        }

        return new JObject { [StackProperty] = items };
    }

    private static DialogInstance ReadInstance(JToken item)
    {
        if (item is not JObject json)
        {
            throw new FormatException("A dialog instance must be a JSON object.");
        }

        var id = json[IdProperty] is JValue { Type: JTokenType.String } idValue ? (string)idValue! : throw new FormatException("A dialog instance has no id.");
        var version = json[VersionProperty] is JValue { Type: JTokenType.Integer or JTokenType.Float } versionValue ? (int)versionValue : 0;
        var instance = new DialogInstance { Id = id, Version = version };
        switch (json[StateProperty])
        {
            case JObject state:
                instance.State = state;
                break;
            case null or { Type: JTokenType.Null }:
                break;
            default:
                throw new FormatException("A dialog instance's state must be a JSON object.");
        }

        return instance;
    }

    /// <summary>
    /// A state object still held by the JSON it was read from is taken out of it (Json.NET would otherwise copy it
    /// on adding it to the new JSON); that old JSON is being replaced by the new one.
    /// </summary>
    private static JObject Detach(JObject state)
    {
        switch (state.Parent)
        {
            case null:
                return state;
            case JProperty property:
                property.Value = JValue.CreateNull();
                return state;
            default:
                return (JObject)state.DeepClone();
        }
    }
}
