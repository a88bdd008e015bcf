using System.Text.Json.Nodes;

namespace CrossBorderBot.Knowledge.Loading;

/// <summary>For a file that could not be mapped, checks the id lists it holds (sources, playbooks, channels, regions,
/// categories, compliance) straight on the JSON, so a fix of its schema problem reveals nothing new.</summary>
internal sealed class RawReferenceChecker(KnownReferences known)
{
    public void Check(DataFile file, JsonNode? node, string pointer)
    {
        switch (node)
        {
            case JsonObject obj:
                foreach (var (key, value) in obj)
                {
                    var at = pointer + "/" + YamlLineMap.Escape(key);
                    if (value is JsonArray ids && ids.All(i => i is JsonValue v && v.TryGetValue<string>(out _)))
                    {
                        for (var i = 0; i < ids.Count; i++)
                        {
                            CheckId(file, key, $"{at}/{i}", ids[i]!.GetValue<string>());
                        }
                    }
                    else
                    {
                        Check(file, value, at);
                    }
                }

                break;
            case JsonArray array:
                for (var i = 0; i < array.Count; i++)
                {
                    Check(file, array[i], $"{pointer}/{i}");
                }

                break;
        }
    }

    private void CheckId(DataFile file, string list, string pointer, string id)
    {
        var (isKnown, what) = list switch
        {
            "sources" => (known.SourceIds.Contains(id), "source"),
            "playbooks" or "related" => (known.PlaybookIds.Contains(id), "playbook"),
            "channels" => (known.ChannelIds.Contains(id), "logistics channel"),
            "regions" or "markets" => (known.RegionIds?.Contains(id) ?? true, "region or country"),
            "categories" => (known.CategoryIds?.Contains(id) ?? true, "category"),
            "compliance" or "taxSchemes" => (known.KnowsCompliance(id), "compliance item"),
            _ => (true, string.Empty),
        };
        if (!isKnown)
        {
            file.Report(pointer, $"unknown {what} '{id}'");
        }
    }
}
