// Generated from libs/contracts/src/schemas/*.avsc by tools/avro-codegen. Do not edit: run `npm run contracts:generate`.

export const CatalogSkuUpsertedSchema = {
  "type": "record",
  "name": "CatalogSkuUpserted",
  "namespace": "com.contentpipeline",
  "doc": "A SKU created or changed in the product catalogue. The catalogue may also publish the same record as plain JSON.",
  "fields": [
    {
      "name": "eventId",
      "type": "string"
    },
    {
      "name": "skuId",
      "type": "string"
    },
    {
      "name": "productName",
      "type": "string"
    },
    {
      "name": "productDescription",
      "type": "string"
    },
    {
      "name": "category",
      "type": "string"
    },
    {
      "name": "brand",
      "type": "string",
      "default": ""
    },
    {
      "name": "attributes",
      "type": {
        "type": "map",
        "values": "string"
      },
      "default": {}
    },
    {
      "name": "priceCny",
      "type": [
        "null",
        "double"
      ],
      "default": null
    },
    {
      "name": "updatedAt",
      "type": "string",
      "doc": "ISO 8601."
    },
    {
      "name": "traceparent",
      "type": "string",
      "default": ""
    }
  ]
} as const;

export const ContentGeneratedSchema = {
  "type": "record",
  "name": "ContentGenerated",
  "namespace": "com.contentpipeline",
  "doc": "The content an LLM produced for one task attempt.",
  "fields": [
    {
      "name": "eventId",
      "type": "string"
    },
    {
      "name": "requestEventId",
      "type": "string"
    },
    {
      "name": "taskId",
      "type": "string"
    },
    {
      "name": "jobId",
      "type": "string"
    },
    {
      "name": "skuId",
      "type": "string"
    },
    {
      "name": "language",
      "type": {
        "type": "enum",
        "name": "Language",
        "namespace": "com.contentpipeline",
        "doc": "Target language of generated content. English is the pivot; the others derive from the English master.",
        "symbols": [
          "en",
          "ja",
          "es",
          "de",
          "fr"
        ]
      }
    },
    {
      "name": "attempt",
      "type": "int"
    },
    {
      "name": "maxAttempts",
      "type": "int",
      "default": 3
    },
    {
      "name": "promptVersion",
      "type": "string"
    },
    {
      "name": "lane",
      "type": {
        "type": "enum",
        "name": "Lane",
        "namespace": "com.contentpipeline",
        "doc": "Generation lane: priority for new SKUs from the catalogue, bulk for the backlog.",
        "symbols": [
          "priority",
          "bulk"
        ]
      }
    },
    {
      "name": "source",
      "type": {
        "type": "record",
        "name": "SourceProduct",
        "namespace": "com.contentpipeline",
        "doc": "The Chinese source listing a generation works from, as the ingester validated it.",
        "fields": [
          {
            "name": "productName",
            "type": "string"
          },
          {
            "name": "productDescription",
            "type": "string"
          },
          {
            "name": "category",
            "type": "string"
          },
          {
            "name": "brand",
            "type": "string",
            "default": ""
          },
          {
            "name": "attributes",
            "type": {
              "type": "map",
              "values": "string"
            },
            "default": {}
          },
          {
            "name": "sourceHash",
            "type": "string",
            "doc": "SHA-256 of the normalised source fields; drives change detection on replay."
          }
        ]
      }
    },
    {
      "name": "derivedLanguages",
      "type": {
        "type": "array",
        "items": "com.contentpipeline.Language"
      },
      "default": [],
      "doc": "Languages to derive from this content once it passes the gate (set on English pivot tasks)."
    },
    {
      "name": "masterVersionId",
      "type": [
        "null",
        "string"
      ],
      "default": null
    },
    {
      "name": "masterContent",
      "type": [
        "null",
        {
          "type": "record",
          "name": "ProductContent",
          "namespace": "com.contentpipeline",
          "doc": "One localised content set for one SKU and language.",
          "fields": [
            {
              "name": "translatedDescription",
              "type": "string"
            },
            {
              "name": "seoTitle",
              "type": "string"
            },
            {
              "name": "metaDescription",
              "type": "string"
            },
            {
              "name": "h1",
              "type": "string"
            },
            {
              "name": "marketingCopyA",
              "type": "string",
              "doc": "Value-focused copy."
            },
            {
              "name": "marketingCopyB",
              "type": "string",
              "doc": "Emotion-focused copy."
            },
            {
              "name": "marketingCopyC",
              "type": "string",
              "doc": "Promotion-focused copy."
            },
            {
              "name": "suggestedKeywords",
              "type": {
                "type": "array",
                "items": "string"
              },
              "default": []
            }
          ]
        }
      ],
      "default": null,
      "doc": "The English master a pivot language derives from; kept so a regeneration derives from it again."
    },
    {
      "name": "content",
      "type": "com.contentpipeline.ProductContent"
    },
    {
      "name": "provider",
      "type": "string"
    },
    {
      "name": "model",
      "type": "string"
    },
    {
      "name": "usage",
      "type": {
        "type": "record",
        "name": "TokenUsage",
        "namespace": "com.contentpipeline",
        "doc": "Tokens an LLM call consumed, as the provider reported them.",
        "fields": [
          {
            "name": "promptTokens",
            "type": "int"
          },
          {
            "name": "completionTokens",
            "type": "int"
          },
          {
            "name": "reportedPriceAmount",
            "type": [
              "null",
              "double"
            ],
            "default": null,
            "doc": "Price the provider itself reported (Dify total_price)."
          },
          {
            "name": "reportedPriceCurrency",
            "type": [
              "null",
              "string"
            ],
            "default": null
          },
          {
            "name": "cachedPromptTokens",
            "type": "int",
            "default": 0,
            "doc": "Of promptTokens, those read from the provider's prompt cache (OpenAI prompt_tokens_details.cached_tokens, Anthropic cache_read_input_tokens), priced at the cached input rate."
          },
          {
            "name": "cacheWriteTokens",
            "type": "int",
            "default": 0,
            "doc": "Of promptTokens, those written to the provider's prompt cache (Anthropic cache_creation_input_tokens), priced at the cache-write rate."
          }
        ]
      }
    },
    {
      "name": "latencyMs",
      "type": "int"
    },
    {
      "name": "generatedAt",
      "type": {
        "type": "long",
        "logicalType": "timestamp-millis"
      }
    },
    {
      "name": "traceparent",
      "type": "string",
      "default": ""
    },
    {
      "name": "workflowReview",
      "type": [
        "null",
        {
          "type": "record",
          "name": "WorkflowReview",
          "doc": "A quality judgement the provider's own workflow made (the design's Dify workflow reports one).",
          "fields": [
            {
              "name": "score",
              "type": [
                "null",
                "double"
              ],
              "default": null,
              "doc": "0–100 as the workflow reported it."
            },
            {
              "name": "issues",
              "type": {
                "type": "array",
                "items": "string"
              },
              "default": []
            }
          ],
          "namespace": "com.contentpipeline"
        }
      ],
      "default": null,
      "doc": "The workflow's own verdict, kept next to the gate's so the two can be compared."
    },
    {
      "name": "filledFields",
      "type": {
        "type": "array",
        "items": "string"
      },
      "default": [],
      "doc": "Content fields the provider did not return that a documented fallback filled (the H1 from the SEO title)."
    }
  ]
} as const;

export const DeadLetterSchema = {
  "type": "record",
  "name": "DeadLetter",
  "namespace": "com.contentpipeline",
  "doc": "A message a consumer could not process, with the reason and its original bytes and headers.",
  "fields": [
    {
      "name": "eventId",
      "type": "string"
    },
    {
      "name": "sourceTopic",
      "type": "string"
    },
    {
      "name": "sourcePartition",
      "type": "int"
    },
    {
      "name": "sourceOffset",
      "type": "string"
    },
    {
      "name": "consumerGroup",
      "type": "string"
    },
    {
      "name": "reason",
      "type": "string",
      "doc": "Human-readable: what was wrong and what to do."
    },
    {
      "name": "errorCode",
      "type": "string"
    },
    {
      "name": "retriable",
      "type": "boolean"
    },
    {
      "name": "attempts",
      "type": "int"
    },
    {
      "name": "originalKey",
      "type": [
        "null",
        "bytes"
      ],
      "default": null
    },
    {
      "name": "originalValue",
      "type": [
        "null",
        "bytes"
      ],
      "default": null
    },
    {
      "name": "originalHeaders",
      "type": {
        "type": "map",
        "values": "string"
      },
      "default": {}
    },
    {
      "name": "skuId",
      "type": [
        "null",
        "string"
      ],
      "default": null
    },
    {
      "name": "jobId",
      "type": [
        "null",
        "string"
      ],
      "default": null
    },
    {
      "name": "language",
      "type": [
        "null",
        "string"
      ],
      "default": null
    },
    {
      "name": "failedAt",
      "type": {
        "type": "long",
        "logicalType": "timestamp-millis"
      }
    },
    {
      "name": "traceparent",
      "type": "string",
      "default": ""
    }
  ]
} as const;

export const GenerationRequestedSchema = {
  "type": "record",
  "name": "GenerationRequested",
  "namespace": "com.contentpipeline",
  "doc": "Ask the generator for one SKU in one language (one task attempt).",
  "fields": [
    {
      "name": "eventId",
      "type": "string",
      "doc": "Idempotency key of this request."
    },
    {
      "name": "taskId",
      "type": "string",
      "doc": "Stable id of the (job, SKU, language) task across attempts."
    },
    {
      "name": "jobId",
      "type": "string"
    },
    {
      "name": "skuId",
      "type": "string"
    },
    {
      "name": "language",
      "type": {
        "type": "enum",
        "name": "Language",
        "namespace": "com.contentpipeline",
        "doc": "Target language of generated content. English is the pivot; the others derive from the English master.",
        "symbols": [
          "en",
          "ja",
          "es",
          "de",
          "fr"
        ]
      }
    },
    {
      "name": "attempt",
      "type": "int",
      "doc": "1-based."
    },
    {
      "name": "maxAttempts",
      "type": "int",
      "default": 3
    },
    {
      "name": "promptVersion",
      "type": "string"
    },
    {
      "name": "lane",
      "type": {
        "type": "enum",
        "name": "Lane",
        "namespace": "com.contentpipeline",
        "doc": "Generation lane: priority for new SKUs from the catalogue, bulk for the backlog.",
        "symbols": [
          "priority",
          "bulk"
        ]
      }
    },
    {
      "name": "source",
      "type": {
        "type": "record",
        "name": "SourceProduct",
        "namespace": "com.contentpipeline",
        "doc": "The Chinese source listing a generation works from, as the ingester validated it.",
        "fields": [
          {
            "name": "productName",
            "type": "string"
          },
          {
            "name": "productDescription",
            "type": "string"
          },
          {
            "name": "category",
            "type": "string"
          },
          {
            "name": "brand",
            "type": "string",
            "default": ""
          },
          {
            "name": "attributes",
            "type": {
              "type": "map",
              "values": "string"
            },
            "default": {}
          },
          {
            "name": "sourceHash",
            "type": "string",
            "doc": "SHA-256 of the normalised source fields; drives change detection on replay."
          }
        ]
      }
    },
    {
      "name": "derivedLanguages",
      "type": {
        "type": "array",
        "items": "com.contentpipeline.Language"
      },
      "default": [],
      "doc": "Languages to derive from this content once it passes the gate (set on English pivot tasks)."
    },
    {
      "name": "masterVersionId",
      "type": [
        "null",
        "string"
      ],
      "default": null,
      "doc": "English master version a pivot language derives from."
    },
    {
      "name": "masterContent",
      "type": [
        "null",
        {
          "type": "record",
          "name": "ProductContent",
          "namespace": "com.contentpipeline",
          "doc": "One localised content set for one SKU and language.",
          "fields": [
            {
              "name": "translatedDescription",
              "type": "string"
            },
            {
              "name": "seoTitle",
              "type": "string"
            },
            {
              "name": "metaDescription",
              "type": "string"
            },
            {
              "name": "h1",
              "type": "string"
            },
            {
              "name": "marketingCopyA",
              "type": "string",
              "doc": "Value-focused copy."
            },
            {
              "name": "marketingCopyB",
              "type": "string",
              "doc": "Emotion-focused copy."
            },
            {
              "name": "marketingCopyC",
              "type": "string",
              "doc": "Promotion-focused copy."
            },
            {
              "name": "suggestedKeywords",
              "type": {
                "type": "array",
                "items": "string"
              },
              "default": []
            }
          ]
        }
      ],
      "default": null
    },
    {
      "name": "feedback",
      "type": [
        "null",
        "string"
      ],
      "default": null,
      "doc": "What the gate found wrong in the previous attempt."
    },
    {
      "name": "regenerateFields",
      "type": {
        "type": "array",
        "items": "string"
      },
      "default": [],
      "doc": "Content fields (snake_case, as the gate's issues name them) a regeneration asks for; the others are kept from previousContent. Empty: every field."
    },
    {
      "name": "previousContent",
      "type": [
        "null",
        "com.contentpipeline.ProductContent"
      ],
      "default": null,
      "doc": "The previous attempt's content, whose fields outside regenerateFields passed and are kept."
    },
    {
      "name": "requestedAt",
      "type": {
        "type": "long",
        "logicalType": "timestamp-millis"
      }
    },
    {
      "name": "traceparent",
      "type": "string",
      "default": ""
    }
  ]
} as const;

export const JobAdmissionChangedSchema = {
  "type": "record",
  "name": "JobAdmissionChanged",
  "namespace": "com.contentpipeline",
  "doc": "The job ledger stopped (budget cap reached) or resumed admitting generation for a job. The generator parks the requests of a job that is not admitted and republishes them when it is again.",
  "fields": [
    {
      "name": "eventId",
      "type": "string"
    },
    {
      "name": "jobId",
      "type": "string"
    },
    {
      "name": "admitted",
      "type": "boolean"
    },
    {
      "name": "reason",
      "type": "string",
      "doc": "budget, resumed, budget_raised …: why admission changed."
    },
    {
      "name": "sequence",
      "type": "int",
      "doc": "Grows with every change of the job's admission; consumers ignore an event older than the last one applied."
    },
    {
      "name": "budgetUsd",
      "type": [
        "null",
        "double"
      ],
      "default": null
    },
    {
      "name": "costUsd",
      "type": "double",
      "doc": "What the job had cost when admission changed."
    },
    {
      "name": "changedAt",
      "type": {
        "type": "long",
        "logicalType": "timestamp-millis"
      }
    },
    {
      "name": "traceparent",
      "type": "string",
      "default": ""
    }
  ]
} as const;

export const JudgeRequestedSchema = {
  "type": "record",
  "name": "JudgeRequested",
  "namespace": "com.contentpipeline",
  "doc": "One published version drawn for the automatic accuracy estimate: the generator asks its LLM judge to annotate the version's translation errors against its source (MQM typology) and answers with a TranslationJudged.",
  "fields": [
    {
      "name": "eventId",
      "type": "string"
    },
    {
      "name": "sampleId",
      "type": "string",
      "doc": "The judge sample the version was drawn in."
    },
    {
      "name": "jobId",
      "type": "string"
    },
    {
      "name": "versionId",
      "type": "string"
    },
    {
      "name": "skuId",
      "type": "string"
    },
    {
      "name": "language",
      "type": {
        "type": "enum",
        "name": "Language",
        "namespace": "com.contentpipeline",
        "doc": "Target language of generated content. English is the pivot; the others derive from the English master.",
        "symbols": [
          "en",
          "ja",
          "es",
          "de",
          "fr"
        ]
      }
    },
    {
      "name": "category",
      "type": "string"
    },
    {
      "name": "attempt",
      "type": "int",
      "doc": "The generation attempt that produced the version."
    },
    {
      "name": "promptVersion",
      "type": "string"
    },
    {
      "name": "source",
      "type": {
        "type": "record",
        "name": "SourceProduct",
        "namespace": "com.contentpipeline",
        "doc": "The Chinese source listing a generation works from, as the ingester validated it.",
        "fields": [
          {
            "name": "productName",
            "type": "string"
          },
          {
            "name": "productDescription",
            "type": "string"
          },
          {
            "name": "category",
            "type": "string"
          },
          {
            "name": "brand",
            "type": "string",
            "default": ""
          },
          {
            "name": "attributes",
            "type": {
              "type": "map",
              "values": "string"
            },
            "default": {}
          },
          {
            "name": "sourceHash",
            "type": "string",
            "doc": "SHA-256 of the normalised source fields; drives change detection on replay."
          }
        ]
      },
      "doc": "The Chinese source listing."
    },
    {
      "name": "masterContent",
      "type": [
        "null",
        {
          "type": "record",
          "name": "ProductContent",
          "namespace": "com.contentpipeline",
          "doc": "One localised content set for one SKU and language.",
          "fields": [
            {
              "name": "translatedDescription",
              "type": "string"
            },
            {
              "name": "seoTitle",
              "type": "string"
            },
            {
              "name": "metaDescription",
              "type": "string"
            },
            {
              "name": "h1",
              "type": "string"
            },
            {
              "name": "marketingCopyA",
              "type": "string",
              "doc": "Value-focused copy."
            },
            {
              "name": "marketingCopyB",
              "type": "string",
              "doc": "Emotion-focused copy."
            },
            {
              "name": "marketingCopyC",
              "type": "string",
              "doc": "Promotion-focused copy."
            },
            {
              "name": "suggestedKeywords",
              "type": {
                "type": "array",
                "items": "string"
              },
              "default": []
            }
          ]
        }
      ],
      "default": null,
      "doc": "The English master a ja/es/de/fr version was translated from (null for English)."
    },
    {
      "name": "content",
      "type": "com.contentpipeline.ProductContent",
      "doc": "The published content to judge."
    },
    {
      "name": "requestedAt",
      "type": {
        "type": "long",
        "logicalType": "timestamp-millis"
      }
    },
    {
      "name": "traceparent",
      "type": "string",
      "default": ""
    }
  ]
} as const;

export const ProductContentSchema = {
  "type": "record",
  "name": "ProductContent",
  "namespace": "com.contentpipeline",
  "doc": "One localised content set for one SKU and language.",
  "fields": [
    {
      "name": "translatedDescription",
      "type": "string"
    },
    {
      "name": "seoTitle",
      "type": "string"
    },
    {
      "name": "metaDescription",
      "type": "string"
    },
    {
      "name": "h1",
      "type": "string"
    },
    {
      "name": "marketingCopyA",
      "type": "string",
      "doc": "Value-focused copy."
    },
    {
      "name": "marketingCopyB",
      "type": "string",
      "doc": "Emotion-focused copy."
    },
    {
      "name": "marketingCopyC",
      "type": "string",
      "doc": "Promotion-focused copy."
    },
    {
      "name": "suggestedKeywords",
      "type": {
        "type": "array",
        "items": "string"
      },
      "default": []
    }
  ]
} as const;

export const ProviderHoldChangedSchema = {
  "type": "record",
  "name": "ProviderHoldChanged",
  "namespace": "com.contentpipeline",
  "doc": "The generator group held its provider endpoint on a failure no retry can fix (a wrong key, an exhausted quota, an unknown model, a workflow contract mismatch, an endpoint unreachable for too long), or lifted the hold. While held nothing is sent and every unfinished job waits for a person.",
  "fields": [
    {
      "name": "eventId",
      "type": "string"
    },
    {
      "name": "holdKey",
      "type": "string",
      "doc": "The endpoint held: the generator group's limiter key (LLM_RATE_LIMITER_KEY). Also the message key."
    },
    {
      "name": "provider",
      "type": "string",
      "doc": "dify, openai, anthropic …"
    },
    {
      "name": "held",
      "type": "boolean",
      "doc": "true: held from now on; false: the hold was lifted."
    },
    {
      "name": "reason",
      "type": "string",
      "doc": "provider_auth, provider_quota, provider_model, provider_contract, provider_unreachable: what held it (on a release, the hold that was lifted)."
    },
    {
      "name": "errorCode",
      "type": "string",
      "doc": "The provider's own code (invalid_api_key, insufficient_quota …)."
    },
    {
      "name": "message",
      "type": "string",
      "doc": "The provider's message, as it answered."
    },
    {
      "name": "action",
      "type": "string",
      "doc": "What a person does to lift the hold."
    },
    {
      "name": "heldAt",
      "type": {
        "type": "long",
        "logicalType": "timestamp-millis"
      },
      "doc": "When the hold began."
    },
    {
      "name": "changedAt",
      "type": {
        "type": "long",
        "logicalType": "timestamp-millis"
      }
    },
    {
      "name": "changedBy",
      "type": "string",
      "doc": "Who held it (the generator instance) or released it (probe, or operator with a note)."
    },
    {
      "name": "sequence",
      "type": "long",
      "doc": "Grows with every change in the order they were committed; consumers ignore an event older than the last one applied for the key."
    },
    {
      "name": "traceparent",
      "type": "string",
      "default": ""
    }
  ]
} as const;

export const QualityIssueSchema = {
  "type": "record",
  "name": "QualityIssue",
  "namespace": "com.contentpipeline",
  "fields": [
    {
      "name": "rule",
      "type": "string"
    },
    {
      "name": "severity",
      "type": {
        "type": "enum",
        "name": "IssueSeverity",
        "symbols": [
          "critical",
          "warning",
          "info"
        ],
        "namespace": "com.contentpipeline"
      }
    },
    {
      "name": "field",
      "type": "string"
    },
    {
      "name": "span",
      "type": [
        "null",
        "string"
      ],
      "default": null
    },
    {
      "name": "message",
      "type": "string"
    },
    {
      "name": "suggestion",
      "type": "string"
    }
  ]
} as const;

export const QualityVerdictIssuedSchema = {
  "type": "record",
  "name": "QualityVerdictIssued",
  "namespace": "com.contentpipeline",
  "doc": "The quality gate's verdict on one generated content set, carrying the content it judged.",
  "fields": [
    {
      "name": "eventId",
      "type": "string"
    },
    {
      "name": "generatedEventId",
      "type": "string"
    },
    {
      "name": "taskId",
      "type": "string"
    },
    {
      "name": "jobId",
      "type": "string"
    },
    {
      "name": "skuId",
      "type": "string"
    },
    {
      "name": "language",
      "type": {
        "type": "enum",
        "name": "Language",
        "namespace": "com.contentpipeline",
        "doc": "Target language of generated content. English is the pivot; the others derive from the English master.",
        "symbols": [
          "en",
          "ja",
          "es",
          "de",
          "fr"
        ]
      }
    },
    {
      "name": "attempt",
      "type": "int"
    },
    {
      "name": "maxAttempts",
      "type": "int",
      "default": 3
    },
    {
      "name": "promptVersion",
      "type": "string"
    },
    {
      "name": "lane",
      "type": {
        "type": "enum",
        "name": "Lane",
        "namespace": "com.contentpipeline",
        "doc": "Generation lane: priority for new SKUs from the catalogue, bulk for the backlog.",
        "symbols": [
          "priority",
          "bulk"
        ]
      }
    },
    {
      "name": "source",
      "type": {
        "type": "record",
        "name": "SourceProduct",
        "namespace": "com.contentpipeline",
        "doc": "The Chinese source listing a generation works from, as the ingester validated it.",
        "fields": [
          {
            "name": "productName",
            "type": "string"
          },
          {
            "name": "productDescription",
            "type": "string"
          },
          {
            "name": "category",
            "type": "string"
          },
          {
            "name": "brand",
            "type": "string",
            "default": ""
          },
          {
            "name": "attributes",
            "type": {
              "type": "map",
              "values": "string"
            },
            "default": {}
          },
          {
            "name": "sourceHash",
            "type": "string",
            "doc": "SHA-256 of the normalised source fields; drives change detection on replay."
          }
        ]
      }
    },
    {
      "name": "derivedLanguages",
      "type": {
        "type": "array",
        "items": "com.contentpipeline.Language"
      },
      "default": [],
      "doc": "Languages to derive from this content once it passes the gate (set on English pivot tasks)."
    },
    {
      "name": "masterVersionId",
      "type": [
        "null",
        "string"
      ],
      "default": null
    },
    {
      "name": "masterContent",
      "type": [
        "null",
        {
          "type": "record",
          "name": "ProductContent",
          "namespace": "com.contentpipeline",
          "doc": "One localised content set for one SKU and language.",
          "fields": [
            {
              "name": "translatedDescription",
              "type": "string"
            },
            {
              "name": "seoTitle",
              "type": "string"
            },
            {
              "name": "metaDescription",
              "type": "string"
            },
            {
              "name": "h1",
              "type": "string"
            },
            {
              "name": "marketingCopyA",
              "type": "string",
              "doc": "Value-focused copy."
            },
            {
              "name": "marketingCopyB",
              "type": "string",
              "doc": "Emotion-focused copy."
            },
            {
              "name": "marketingCopyC",
              "type": "string",
              "doc": "Promotion-focused copy."
            },
            {
              "name": "suggestedKeywords",
              "type": {
                "type": "array",
                "items": "string"
              },
              "default": []
            }
          ]
        }
      ],
      "default": null,
      "doc": "The English master a pivot language derives from; kept so a regeneration derives from it again."
    },
    {
      "name": "content",
      "type": "com.contentpipeline.ProductContent"
    },
    {
      "name": "provider",
      "type": "string"
    },
    {
      "name": "model",
      "type": "string"
    },
    {
      "name": "usage",
      "type": {
        "type": "record",
        "name": "TokenUsage",
        "namespace": "com.contentpipeline",
        "doc": "Tokens an LLM call consumed, as the provider reported them.",
        "fields": [
          {
            "name": "promptTokens",
            "type": "int"
          },
          {
            "name": "completionTokens",
            "type": "int"
          },
          {
            "name": "reportedPriceAmount",
            "type": [
              "null",
              "double"
            ],
            "default": null,
            "doc": "Price the provider itself reported (Dify total_price)."
          },
          {
            "name": "reportedPriceCurrency",
            "type": [
              "null",
              "string"
            ],
            "default": null
          },
          {
            "name": "cachedPromptTokens",
            "type": "int",
            "default": 0,
            "doc": "Of promptTokens, those read from the provider's prompt cache (OpenAI prompt_tokens_details.cached_tokens, Anthropic cache_read_input_tokens), priced at the cached input rate."
          },
          {
            "name": "cacheWriteTokens",
            "type": "int",
            "default": 0,
            "doc": "Of promptTokens, those written to the provider's prompt cache (Anthropic cache_creation_input_tokens), priced at the cache-write rate."
          }
        ]
      }
    },
    {
      "name": "score",
      "type": "int"
    },
    {
      "name": "verdict",
      "type": {
        "type": "enum",
        "name": "Verdict",
        "symbols": [
          "pass",
          "regenerate",
          "human_review"
        ],
        "namespace": "com.contentpipeline"
      }
    },
    {
      "name": "issues",
      "type": {
        "type": "array",
        "items": {
          "type": "record",
          "name": "QualityIssue",
          "namespace": "com.contentpipeline",
          "fields": [
            {
              "name": "rule",
              "type": "string"
            },
            {
              "name": "severity",
              "type": {
                "type": "enum",
                "name": "IssueSeverity",
                "symbols": [
                  "critical",
                  "warning",
                  "info"
                ],
                "namespace": "com.contentpipeline"
              }
            },
            {
              "name": "field",
              "type": "string"
            },
            {
              "name": "span",
              "type": [
                "null",
                "string"
              ],
              "default": null
            },
            {
              "name": "message",
              "type": "string"
            },
            {
              "name": "suggestion",
              "type": "string"
            }
          ]
        }
      }
    },
    {
      "name": "checkedAt",
      "type": {
        "type": "long",
        "logicalType": "timestamp-millis"
      }
    },
    {
      "name": "traceparent",
      "type": "string",
      "default": ""
    }
  ]
} as const;

export const SkuIngestedSchema = {
  "type": "record",
  "name": "SkuIngested",
  "namespace": "com.contentpipeline",
  "doc": "What the ingester did with one valid catalogue event for a job: requested generation, or skipped it because the source text and prompt version were unchanged (or a newer record was already known). Lets the job ledger count skipped tasks as done.",
  "fields": [
    {
      "name": "eventId",
      "type": "string"
    },
    {
      "name": "jobId",
      "type": "string"
    },
    {
      "name": "skuId",
      "type": "string"
    },
    {
      "name": "outcome",
      "type": {
        "type": "enum",
        "name": "IngestOutcome",
        "symbols": [
          "requested",
          "unchanged",
          "stale"
        ],
        "namespace": "com.contentpipeline"
      }
    },
    {
      "name": "lane",
      "type": {
        "type": "enum",
        "name": "Lane",
        "namespace": "com.contentpipeline",
        "doc": "Generation lane: priority for new SKUs from the catalogue, bulk for the backlog.",
        "symbols": [
          "priority",
          "bulk"
        ]
      }
    },
    {
      "name": "languages",
      "type": {
        "type": "array",
        "items": {
          "type": "enum",
          "name": "Language",
          "namespace": "com.contentpipeline",
          "doc": "Target language of generated content. English is the pivot; the others derive from the English master.",
          "symbols": [
            "en",
            "ja",
            "es",
            "de",
            "fr"
          ]
        }
      },
      "doc": "Every language the job wants for this SKU, English (the pivot) first."
    },
    {
      "name": "promptVersion",
      "type": "string"
    },
    {
      "name": "sourceHash",
      "type": "string"
    },
    {
      "name": "requestEventId",
      "type": [
        "null",
        "string"
      ],
      "default": null,
      "doc": "The English generation request published, when outcome is requested."
    },
    {
      "name": "ingestedAt",
      "type": {
        "type": "long",
        "logicalType": "timestamp-millis"
      }
    },
    {
      "name": "traceparent",
      "type": "string",
      "default": ""
    }
  ]
} as const;

export const SourceProductSchema = {
  "type": "record",
  "name": "SourceProduct",
  "namespace": "com.contentpipeline",
  "doc": "The Chinese source listing a generation works from, as the ingester validated it.",
  "fields": [
    {
      "name": "productName",
      "type": "string"
    },
    {
      "name": "productDescription",
      "type": "string"
    },
    {
      "name": "category",
      "type": "string"
    },
    {
      "name": "brand",
      "type": "string",
      "default": ""
    },
    {
      "name": "attributes",
      "type": {
        "type": "map",
        "values": "string"
      },
      "default": {}
    },
    {
      "name": "sourceHash",
      "type": "string",
      "doc": "SHA-256 of the normalised source fields; drives change detection on replay."
    }
  ]
} as const;

export const TokenUsageSchema = {
  "type": "record",
  "name": "TokenUsage",
  "namespace": "com.contentpipeline",
  "doc": "Tokens an LLM call consumed, as the provider reported them.",
  "fields": [
    {
      "name": "promptTokens",
      "type": "int"
    },
    {
      "name": "completionTokens",
      "type": "int"
    },
    {
      "name": "reportedPriceAmount",
      "type": [
        "null",
        "double"
      ],
      "default": null,
      "doc": "Price the provider itself reported (Dify total_price)."
    },
    {
      "name": "reportedPriceCurrency",
      "type": [
        "null",
        "string"
      ],
      "default": null
    },
    {
      "name": "cachedPromptTokens",
      "type": "int",
      "default": 0,
      "doc": "Of promptTokens, those read from the provider's prompt cache (OpenAI prompt_tokens_details.cached_tokens, Anthropic cache_read_input_tokens), priced at the cached input rate."
    },
    {
      "name": "cacheWriteTokens",
      "type": "int",
      "default": 0,
      "doc": "Of promptTokens, those written to the provider's prompt cache (Anthropic cache_creation_input_tokens), priced at the cache-write rate."
    }
  ]
} as const;

export const TranslationJudgedSchema = {
  "type": "record",
  "name": "TranslationJudged",
  "namespace": "com.contentpipeline",
  "doc": "The LLM judge's MQM annotation of one published version (or why it could not give one). The version store scores it.",
  "fields": [
    {
      "name": "eventId",
      "type": "string"
    },
    {
      "name": "requestEventId",
      "type": "string",
      "doc": "The JudgeRequested this answers."
    },
    {
      "name": "sampleId",
      "type": "string"
    },
    {
      "name": "jobId",
      "type": "string"
    },
    {
      "name": "versionId",
      "type": "string"
    },
    {
      "name": "skuId",
      "type": "string"
    },
    {
      "name": "language",
      "type": {
        "type": "enum",
        "name": "Language",
        "namespace": "com.contentpipeline",
        "doc": "Target language of generated content. English is the pivot; the others derive from the English master.",
        "symbols": [
          "en",
          "ja",
          "es",
          "de",
          "fr"
        ]
      }
    },
    {
      "name": "outcome",
      "type": {
        "type": "enum",
        "name": "JudgeOutcome",
        "symbols": [
          "judged",
          "failed"
        ],
        "namespace": "com.contentpipeline"
      },
      "doc": "failed: the provider refused or the answer could not be read; failureReason says which."
    },
    {
      "name": "failureReason",
      "type": "string",
      "default": ""
    },
    {
      "name": "errors",
      "type": {
        "type": "array",
        "items": {
          "type": "record",
          "name": "JudgedError",
          "fields": [
            {
              "name": "category",
              "type": "string",
              "doc": "An MQM category of the spot-check vocabulary."
            },
            {
              "name": "severity",
              "type": "string",
              "doc": "minor, major or critical."
            },
            {
              "name": "field",
              "type": "string",
              "doc": "The content field the span is in."
            },
            {
              "name": "span",
              "type": "string",
              "doc": "The erroneous text as it appears in the field."
            },
            {
              "name": "note",
              "type": "string",
              "default": ""
            }
          ],
          "namespace": "com.contentpipeline"
        }
      },
      "default": []
    },
    {
      "name": "provider",
      "type": "string"
    },
    {
      "name": "model",
      "type": "string"
    },
    {
      "name": "usage",
      "type": {
        "type": "record",
        "name": "TokenUsage",
        "namespace": "com.contentpipeline",
        "doc": "Tokens an LLM call consumed, as the provider reported them.",
        "fields": [
          {
            "name": "promptTokens",
            "type": "int"
          },
          {
            "name": "completionTokens",
            "type": "int"
          },
          {
            "name": "reportedPriceAmount",
            "type": [
              "null",
              "double"
            ],
            "default": null,
            "doc": "Price the provider itself reported (Dify total_price)."
          },
          {
            "name": "reportedPriceCurrency",
            "type": [
              "null",
              "string"
            ],
            "default": null
          },
          {
            "name": "cachedPromptTokens",
            "type": "int",
            "default": 0,
            "doc": "Of promptTokens, those read from the provider's prompt cache (OpenAI prompt_tokens_details.cached_tokens, Anthropic cache_read_input_tokens), priced at the cached input rate."
          },
          {
            "name": "cacheWriteTokens",
            "type": "int",
            "default": 0,
            "doc": "Of promptTokens, those written to the provider's prompt cache (Anthropic cache_creation_input_tokens), priced at the cache-write rate."
          }
        ]
      }
    },
    {
      "name": "judgedAt",
      "type": {
        "type": "long",
        "logicalType": "timestamp-millis"
      }
    },
    {
      "name": "traceparent",
      "type": "string",
      "default": ""
    }
  ]
} as const;

export const UsagePricedSchema = {
  "type": "record",
  "name": "UsagePriced",
  "namespace": "com.contentpipeline",
  "doc": "One LLM call's tokens as the cost meter priced them (entered in its token ledger): what a job's cost is made of. Published once per usage event and again on a redelivery, with the same eventId.",
  "fields": [
    {
      "name": "eventId",
      "type": "string"
    },
    {
      "name": "usageEventId",
      "type": "string",
      "doc": "The UsageRecorded event priced: the key consumers deduplicate on."
    },
    {
      "name": "taskId",
      "type": "string"
    },
    {
      "name": "jobId",
      "type": "string"
    },
    {
      "name": "skuId",
      "type": "string"
    },
    {
      "name": "language",
      "type": {
        "type": "enum",
        "name": "Language",
        "namespace": "com.contentpipeline",
        "doc": "Target language of generated content. English is the pivot; the others derive from the English master.",
        "symbols": [
          "en",
          "ja",
          "es",
          "de",
          "fr"
        ]
      }
    },
    {
      "name": "attempt",
      "type": "int"
    },
    {
      "name": "promptVersion",
      "type": "string"
    },
    {
      "name": "provider",
      "type": "string"
    },
    {
      "name": "model",
      "type": "string"
    },
    {
      "name": "promptTokens",
      "type": "int"
    },
    {
      "name": "completionTokens",
      "type": "int"
    },
    {
      "name": "costUsd",
      "type": "double",
      "doc": "What the call is charged, in USD."
    },
    {
      "name": "priceSource",
      "type": "string",
      "doc": "provider_reported, price_table:<version> or price_table:<version>:fallback."
    },
    {
      "name": "priceTableVersion",
      "type": "string",
      "doc": "The price table in force when the usage was recorded."
    },
    {
      "name": "outcome",
      "type": "string",
      "doc": "succeeded, or the provider error code."
    },
    {
      "name": "recordedAt",
      "type": {
        "type": "long",
        "logicalType": "timestamp-millis"
      }
    },
    {
      "name": "traceparent",
      "type": "string",
      "default": ""
    },
    {
      "name": "billing",
      "type": "string",
      "default": "interactive",
      "doc": "How the call was billed: interactive, or batch (priced at the model's batch rates)."
    }
  ]
} as const;

export const UsageRecordedSchema = {
  "type": "record",
  "name": "UsageRecorded",
  "namespace": "com.contentpipeline",
  "doc": "Tokens spent by one LLM call (or one workflow run) for one task attempt, successful or not.",
  "fields": [
    {
      "name": "eventId",
      "type": "string"
    },
    {
      "name": "taskId",
      "type": "string"
    },
    {
      "name": "jobId",
      "type": "string"
    },
    {
      "name": "skuId",
      "type": "string"
    },
    {
      "name": "language",
      "type": {
        "type": "enum",
        "name": "Language",
        "namespace": "com.contentpipeline",
        "doc": "Target language of generated content. English is the pivot; the others derive from the English master.",
        "symbols": [
          "en",
          "ja",
          "es",
          "de",
          "fr"
        ]
      }
    },
    {
      "name": "attempt",
      "type": "int"
    },
    {
      "name": "promptVersion",
      "type": "string"
    },
    {
      "name": "provider",
      "type": "string"
    },
    {
      "name": "model",
      "type": "string"
    },
    {
      "name": "usage",
      "type": {
        "type": "record",
        "name": "TokenUsage",
        "namespace": "com.contentpipeline",
        "doc": "Tokens an LLM call consumed, as the provider reported them.",
        "fields": [
          {
            "name": "promptTokens",
            "type": "int"
          },
          {
            "name": "completionTokens",
            "type": "int"
          },
          {
            "name": "reportedPriceAmount",
            "type": [
              "null",
              "double"
            ],
            "default": null,
            "doc": "Price the provider itself reported (Dify total_price)."
          },
          {
            "name": "reportedPriceCurrency",
            "type": [
              "null",
              "string"
            ],
            "default": null
          },
          {
            "name": "cachedPromptTokens",
            "type": "int",
            "default": 0,
            "doc": "Of promptTokens, those read from the provider's prompt cache (OpenAI prompt_tokens_details.cached_tokens, Anthropic cache_read_input_tokens), priced at the cached input rate."
          },
          {
            "name": "cacheWriteTokens",
            "type": "int",
            "default": 0,
            "doc": "Of promptTokens, those written to the provider's prompt cache (Anthropic cache_creation_input_tokens), priced at the cache-write rate."
          }
        ]
      }
    },
    {
      "name": "outcome",
      "type": "string",
      "doc": "succeeded, or the provider error code."
    },
    {
      "name": "recordedAt",
      "type": {
        "type": "long",
        "logicalType": "timestamp-millis"
      }
    },
    {
      "name": "traceparent",
      "type": "string",
      "default": ""
    },
    {
      "name": "repairCalls",
      "type": "int",
      "default": 0,
      "doc": "Calls of this bill that only re-asked for an answer that failed validation (0 when the provider enforced the shape)."
    },
    {
      "name": "purpose",
      "type": "string",
      "default": "generation",
      "doc": "What the call was for: generation (content and regenerations) or judge (the automatic accuracy estimate). Events from before this field are generation."
    },
    {
      "name": "billing",
      "type": "string",
      "default": "interactive",
      "doc": "How the call was billed: interactive, or batch (the provider's Batch API, billed at its batch rates)."
    }
  ]
} as const;

export const VersionPublishedSchema = {
  "type": "record",
  "name": "VersionPublished",
  "namespace": "com.contentpipeline",
  "doc": "A content version became (or stopped being) what the catalogue should show for a SKU and language.",
  "fields": [
    {
      "name": "eventId",
      "type": "string"
    },
    {
      "name": "versionId",
      "type": "string"
    },
    {
      "name": "versionNumber",
      "type": "int"
    },
    {
      "name": "jobId",
      "type": "string"
    },
    {
      "name": "skuId",
      "type": "string"
    },
    {
      "name": "language",
      "type": {
        "type": "enum",
        "name": "Language",
        "namespace": "com.contentpipeline",
        "doc": "Target language of generated content. English is the pivot; the others derive from the English master.",
        "symbols": [
          "en",
          "ja",
          "es",
          "de",
          "fr"
        ]
      }
    },
    {
      "name": "attempt",
      "type": "int"
    },
    {
      "name": "promptVersion",
      "type": "string"
    },
    {
      "name": "action",
      "type": {
        "type": "enum",
        "name": "PublicationAction",
        "symbols": [
          "activated",
          "deactivated",
          "rolled_back"
        ],
        "namespace": "com.contentpipeline"
      }
    },
    {
      "name": "content",
      "type": [
        "null",
        {
          "type": "record",
          "name": "ProductContent",
          "namespace": "com.contentpipeline",
          "doc": "One localised content set for one SKU and language.",
          "fields": [
            {
              "name": "translatedDescription",
              "type": "string"
            },
            {
              "name": "seoTitle",
              "type": "string"
            },
            {
              "name": "metaDescription",
              "type": "string"
            },
            {
              "name": "h1",
              "type": "string"
            },
            {
              "name": "marketingCopyA",
              "type": "string",
              "doc": "Value-focused copy."
            },
            {
              "name": "marketingCopyB",
              "type": "string",
              "doc": "Emotion-focused copy."
            },
            {
              "name": "marketingCopyC",
              "type": "string",
              "doc": "Promotion-focused copy."
            },
            {
              "name": "suggestedKeywords",
              "type": {
                "type": "array",
                "items": "string"
              },
              "default": []
            }
          ]
        }
      ],
      "default": null
    },
    {
      "name": "score",
      "type": "int"
    },
    {
      "name": "masterVersionId",
      "type": [
        "null",
        "string"
      ],
      "default": null
    },
    {
      "name": "publishedAt",
      "type": {
        "type": "long",
        "logicalType": "timestamp-millis"
      }
    },
    {
      "name": "traceparent",
      "type": "string",
      "default": ""
    },
    {
      "name": "sequence",
      "type": "long",
      "default": 0,
      "doc": "Grows with every change the version store publishes, in the order it made them. A consumer applies an event only when its sequence is higher than the last one it applied for the SKU and language (versionNumber does not order a rollback, which brings an older version back). 0 on events from before this field."
    }
  ]
} as const;
