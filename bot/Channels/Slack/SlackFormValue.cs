using Newtonsoft.Json.Linq;

namespace CrossBorderBot.Channels.Slack;

/// <summary>
/// One input of a Block Kit form as Slack reports it in a click's <c>state.values</c>: the input's
/// <c>action_id</c> (the reply model's field id), the value to submit, and the text to show once submitted.
/// </summary>
public sealed record SlackFormValue(string ActionId, string Value, string Display)
{
    /// <summary>The filled-in inputs of <c>state.values</c> (<c>{ block_id: { action_id: element state } }</c>).</summary>
    public static IReadOnlyList<SlackFormValue> Read(JToken? state)
    {
        var values = new List<SlackFormValue>();
        foreach (var block in (state?["values"] as JObject)?.Properties() ?? [])
        {
            foreach (var input in (block.Value as JObject)?.Properties() ?? [])
            {
                if (input.Value is JObject element && Extract(element) is ({ } value, { } display))
                {
                    values.Add(new SlackFormValue(input.Name, value, display));
                }
            }
        }

        return values;
    }

    private static (string? Value, string? Display) Extract(JObject element) => element.Value<string>("type") switch
    {
        "static_select" or "radio_buttons" or "external_select" => (
            element.SelectToken("selected_option.value")?.ToString(),
            element.SelectToken("selected_option.text.text")?.ToString()),
        "checkboxes" or "multi_static_select" when element["selected_options"] is JArray { Count: > 0 } options => (
            string.Join(",", options.Select(option => option.Value<string>("value"))),
            string.Join(", ", options.Select(option => option.SelectToken("text.text")?.ToString()))),
        "datepicker" => (element.Value<string>("selected_date"), element.Value<string>("selected_date")),
        "timepicker" => (element.Value<string>("selected_time"), element.Value<string>("selected_time")),
        _ => (element.Value<string>("value"), element.Value<string>("value")),
    };
}
