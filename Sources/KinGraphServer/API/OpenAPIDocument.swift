/// The OpenAPI 3.1 description of `/api/`, served at `/api/openapi.json`; the same
/// bytes are kept in docs/openapi.json (a test checks they agree).
enum OpenAPIDocument {
    static let json = #"""
{
  "components": {
    "schemas": {
      "BecauseOf": {
        "properties": {
          "name": {
            "type": "string"
          },
          "person": {
            "type": "string"
          },
          "query": {
            "const": "because-of"
          },
          "results": {
            "items": {
              "properties": {
                "events": {
                  "items": {
                    "$ref": "#/components/schemas/ReachedEvent"
                  },
                  "type": "array"
                },
                "name": {
                  "type": "string"
                },
                "person": {
                  "type": "string"
                }
              },
              "type": "object"
            },
            "type": "array"
          }
        },
        "type": "object"
      },
      "Error": {
        "properties": {
          "error": {
            "type": "string"
          }
        },
        "type": "object"
      },
      "Find": {
        "properties": {
          "name": {
            "type": "string"
          },
          "partial": {
            "items": {
              "$ref": "#/components/schemas/FindMatch"
            },
            "type": "array"
          },
          "query": {
            "const": "find"
          },
          "results": {
            "items": {
              "$ref": "#/components/schemas/FindMatch"
            },
            "type": "array"
          }
        },
        "type": "object"
      },
      "FindMatch": {
        "properties": {
          "matched": {
            "type": "string"
          },
          "name": {
            "type": "string"
          },
          "person": {
            "type": "string"
          },
          "score": {
            "type": "integer"
          }
        },
        "type": "object"
      },
      "Implicated": {
        "properties": {
          "depth": {
            "type": "integer"
          },
          "escapes": {
            "items": {
              "type": "string"
            },
            "type": "array"
          },
          "name": {
            "type": "string"
          },
          "others": {
            "items": {
              "properties": {
                "chains": {
                  "items": {
                    "$ref": "#/components/schemas/ReachedEvent"
                  },
                  "type": "array"
                },
                "events": {
                  "items": {
                    "type": "string"
                  },
                  "type": "array"
                },
                "name": {
                  "type": "string"
                },
                "person": {
                  "type": "string"
                }
              },
              "type": "object"
            },
            "type": "array"
          },
          "person": {
            "type": "string"
          },
          "query": {
            "const": "implicated"
          },
          "relatives": {
            "items": {
              "properties": {
                "chains": {
                  "items": {
                    "$ref": "#/components/schemas/ReachedEvent"
                  },
                  "type": "array"
                },
                "distance": {
                  "type": "integer"
                },
                "events": {
                  "items": {
                    "type": "string"
                  },
                  "type": "array"
                },
                "kinship": {
                  "type": "string"
                },
                "name": {
                  "type": "string"
                },
                "person": {
                  "type": "string"
                },
                "status": {
                  "enum": [
                    "punished",
                    "unlinked",
                    "at-risk"
                  ],
                  "type": "string"
                },
                "steps": {
                  "items": {
                    "type": "string"
                  },
                  "type": "array"
                }
              },
              "type": "object"
            },
            "type": "array"
          }
        },
        "type": "object"
      },
      "Neighbors": {
        "properties": {
          "depth": {
            "type": "integer"
          },
          "familyOnly": {
            "type": "boolean"
          },
          "name": {
            "type": "string"
          },
          "person": {
            "type": "string"
          },
          "query": {
            "const": "neighbors"
          },
          "results": {
            "items": {
              "properties": {
                "distance": {
                  "type": "integer"
                },
                "name": {
                  "type": "string"
                },
                "person": {
                  "type": "string"
                }
              },
              "type": "object"
            },
            "type": "array"
          }
        },
        "type": "object"
      },
      "Path": {
        "properties": {
          "familyOnly": {
            "type": "boolean"
          },
          "from": {
            "type": "string"
          },
          "path": {
            "items": {
              "type": "string"
            },
            "type": [
              "array",
              "null"
            ]
          },
          "query": {
            "const": "path"
          },
          "ties": {
            "items": {
              "type": "string"
            },
            "type": [
              "array",
              "null"
            ]
          },
          "to": {
            "type": "string"
          }
        },
        "type": "object"
      },
      "ReachedEvent": {
        "properties": {
          "chain": {
            "items": {
              "type": "string"
            },
            "type": "array"
          },
          "date": {
            "type": [
              "string",
              "null"
            ]
          },
          "event": {
            "type": "string"
          },
          "kind": {
            "type": "string"
          },
          "links": {
            "items": {
              "properties": {
                "cause": {
                  "type": "string"
                },
                "effect": {
                  "type": "string"
                },
                "kind": {
                  "type": "string"
                },
                "sources": {
                  "items": {
                    "type": "string"
                  },
                  "type": "array"
                }
              },
              "type": "object"
            },
            "type": "array"
          }
        },
        "type": "object"
      },
      "Stats": {
        "properties": {
          "cases": {
            "type": "integer"
          },
          "covid": {
            "properties": {
              "after": {
                "type": "integer"
              },
              "before": {
                "type": "integer"
              },
              "uncertain": {
                "type": "integer"
              }
            },
            "type": "object"
          },
          "era": {
            "properties": {
              "after": {
                "type": "integer"
              },
              "before": {
                "type": "integer"
              },
              "uncertain": {
                "type": "integer"
              }
            },
            "type": "object"
          },
          "people": {
            "type": "integer"
          },
          "punished": {
            "type": "integer"
          },
          "query": {
            "const": "stats"
          },
          "testimonies": {
            "type": "integer"
          },
          "where": {
            "properties": {
              "KP": {
                "type": "integer"
              },
              "abroad": {
                "type": "integer"
              },
              "unknown": {
                "type": "integer"
              }
            },
            "type": "object"
          },
          "why": {
            "properties": {
              "contact-abroad": {
                "type": "integer"
              },
              "defection": {
                "type": "integer"
              },
              "foreign-media": {
                "type": "integer"
              },
              "guilt-by-association": {
                "type": "integer"
              },
              "other": {
                "type": "integer"
              },
              "religion": {
                "type": "integer"
              },
              "smuggling": {
                "type": "integer"
              },
              "unknown": {
                "type": "integer"
              }
            },
            "type": "object"
          }
        },
        "type": "object"
      },
      "Timeline": {
        "properties": {
          "events": {
            "items": {
              "type": "object"
            },
            "type": "array"
          },
          "name": {
            "type": "string"
          },
          "person": {
            "type": "string"
          },
          "query": {
            "const": "timeline"
          }
        },
        "type": "object"
      }
    },
    "securitySchemes": {
      "bearer": {
        "scheme": "bearer",
        "type": "http"
      },
      "cookie": {
        "in": "cookie",
        "name": "kingraph_TOKENPREFIX",
        "type": "apiKey"
      }
    }
  },
  "info": {
    "description": "The answers of the kingraph query commands, with exactly the shapes their --json prints (docs/QUERIES.md). Every request needs the access token: the cookie set by the URL `kingraph serve` prints, or `Authorization: Bearer TOKEN`. Protected people appear by pseudonym unless the server runs with --reveal-protected.",
    "title": "KinGraph explorer API",
    "version": "1.0.0"
  },
  "openapi": "3.1.0",
  "paths": {
    "/api/because-of": {
      "get": {
        "operationId": "because-of",
        "parameters": [
          {
            "description": "A person id or name (name, hangul or alias in any usual romanisation). Protected people only by pseudonym unless the server reveals them.",
            "in": "query",
            "name": "person",
            "required": true,
            "schema": {
              "maxLength": 200,
              "type": "string"
            }
          },
          {
            "description": "Leave out every tie, event and link below this level.",
            "in": "query",
            "name": "min-confidence",
            "required": false,
            "schema": {
              "default": "hearsay",
              "enum": [
                "hearsay",
                "single-source",
                "corroborated",
                "confirmed"
              ],
              "type": "string"
            }
          }
        ],
        "responses": {
          "200": {
            "content": {
              "application/json": {
                "schema": {
                  "$ref": "#/components/schemas/BecauseOf"
                }
              }
            },
            "description": "The answer, as `kingraph because-of --json` prints it."
          },
          "400": {
            "content": {
              "application/json": {
                "schema": {
                  "$ref": "#/components/schemas/Error"
                }
              }
            },
            "description": "The question cannot be answered (bad parameter, ambiguous name, no escape)."
          },
          "401": {
            "content": {
              "application/json": {
                "schema": {
                  "$ref": "#/components/schemas/Error"
                }
              }
            },
            "description": "No access token (open the URL `kingraph serve` printed, or send `Authorization: Bearer TOKEN`)."
          },
          "404": {
            "content": {
              "application/json": {
                "schema": {
                  "$ref": "#/components/schemas/Error"
                }
              }
            },
            "description": "No such person or event."
          },
          "429": {
            "description": "Too many requests."
          }
        },
        "summary": "Who was punished because of PERSON"
      }
    },
    "/api/find": {
      "get": {
        "operationId": "find",
        "parameters": [
          {
            "description": "The name to look for.",
            "in": "query",
            "name": "name",
            "required": true,
            "schema": {
              "maxLength": 200,
              "type": "string"
            }
          }
        ],
        "responses": {
          "200": {
            "content": {
              "application/json": {
                "schema": {
                  "$ref": "#/components/schemas/Find"
                }
              }
            },
            "description": "The answer, as `kingraph find --json` prints it."
          },
          "400": {
            "content": {
              "application/json": {
                "schema": {
                  "$ref": "#/components/schemas/Error"
                }
              }
            },
            "description": "The question cannot be answered (bad parameter, ambiguous name, no escape)."
          },
          "401": {
            "content": {
              "application/json": {
                "schema": {
                  "$ref": "#/components/schemas/Error"
                }
              }
            },
            "description": "No access token (open the URL `kingraph serve` printed, or send `Authorization: Bearer TOKEN`)."
          },
          "404": {
            "content": {
              "application/json": {
                "schema": {
                  "$ref": "#/components/schemas/Error"
                }
              }
            },
            "description": "No such person or event."
          },
          "429": {
            "description": "Too many requests."
          }
        },
        "summary": "People whose name, hangul or alias matches NAME"
      }
    },
    "/api/implicated": {
      "get": {
        "operationId": "implicated",
        "parameters": [
          {
            "description": "A person id or name (name, hangul or alias in any usual romanisation). Protected people only by pseudonym unless the server reveals them.",
            "in": "query",
            "name": "person",
            "required": true,
            "schema": {
              "maxLength": 200,
              "type": "string"
            }
          },
          {
            "description": "How many hops to go out.",
            "in": "query",
            "name": "depth",
            "required": false,
            "schema": {
              "default": 3,
              "maximum": 50,
              "minimum": 1,
              "type": "integer"
            }
          },
          {
            "description": "Only this escape of PERSON.",
            "in": "query",
            "name": "event",
            "required": false,
            "schema": {
              "type": "string"
            }
          },
          {
            "description": "Leave out every tie, event and link below this level.",
            "in": "query",
            "name": "min-confidence",
            "required": false,
            "schema": {
              "default": "hearsay",
              "enum": [
                "hearsay",
                "single-source",
                "corroborated",
                "confirmed"
              ],
              "type": "string"
            }
          }
        ],
        "responses": {
          "200": {
            "content": {
              "application/json": {
                "schema": {
                  "$ref": "#/components/schemas/Implicated"
                }
              }
            },
            "description": "The answer, as `kingraph implicated --json` prints it."
          },
          "400": {
            "content": {
              "application/json": {
                "schema": {
                  "$ref": "#/components/schemas/Error"
                }
              }
            },
            "description": "The question cannot be answered (bad parameter, ambiguous name, no escape)."
          },
          "401": {
            "content": {
              "application/json": {
                "schema": {
                  "$ref": "#/components/schemas/Error"
                }
              }
            },
            "description": "No access token (open the URL `kingraph serve` printed, or send `Authorization: Bearer TOKEN`)."
          },
          "404": {
            "content": {
              "application/json": {
                "schema": {
                  "$ref": "#/components/schemas/Error"
                }
              }
            },
            "description": "No such person or event."
          },
          "429": {
            "description": "Too many requests."
          }
        },
        "summary": "Relatives implicated by PERSON's escape"
      }
    },
    "/api/neighbors": {
      "get": {
        "operationId": "neighbors",
        "parameters": [
          {
            "description": "A person id or name (name, hangul or alias in any usual romanisation). Protected people only by pseudonym unless the server reveals them.",
            "in": "query",
            "name": "person",
            "required": true,
            "schema": {
              "maxLength": 200,
              "type": "string"
            }
          },
          {
            "description": "How many hops to go out.",
            "in": "query",
            "name": "depth",
            "required": false,
            "schema": {
              "default": 1,
              "maximum": 50,
              "minimum": 1,
              "type": "integer"
            }
          },
          {
            "description": "Follow family ties only (parent, spouse, sibling, relative).",
            "in": "query",
            "name": "family-only",
            "required": false,
            "schema": {
              "default": false,
              "type": "boolean"
            }
          },
          {
            "description": "Leave out every tie, event and link below this level.",
            "in": "query",
            "name": "min-confidence",
            "required": false,
            "schema": {
              "default": "hearsay",
              "enum": [
                "hearsay",
                "single-source",
                "corroborated",
                "confirmed"
              ],
              "type": "string"
            }
          }
        ],
        "responses": {
          "200": {
            "content": {
              "application/json": {
                "schema": {
                  "$ref": "#/components/schemas/Neighbors"
                }
              }
            },
            "description": "The answer, as `kingraph neighbors --json` prints it."
          },
          "400": {
            "content": {
              "application/json": {
                "schema": {
                  "$ref": "#/components/schemas/Error"
                }
              }
            },
            "description": "The question cannot be answered (bad parameter, ambiguous name, no escape)."
          },
          "401": {
            "content": {
              "application/json": {
                "schema": {
                  "$ref": "#/components/schemas/Error"
                }
              }
            },
            "description": "No access token (open the URL `kingraph serve` printed, or send `Authorization: Bearer TOKEN`)."
          },
          "404": {
            "content": {
              "application/json": {
                "schema": {
                  "$ref": "#/components/schemas/Error"
                }
              }
            },
            "description": "No such person or event."
          },
          "429": {
            "description": "Too many requests."
          }
        },
        "summary": "Everyone within N hops of PERSON"
      }
    },
    "/api/openapi.json": {
      "get": {
        "operationId": "openapi",
        "responses": {
          "200": {
            "content": {
              "application/json": {}
            },
            "description": "OpenAPI 3.1"
          }
        },
        "summary": "This document"
      }
    },
    "/api/path": {
      "get": {
        "operationId": "path",
        "parameters": [
          {
            "description": "The first person (id or name).",
            "in": "query",
            "name": "from",
            "required": true,
            "schema": {
              "maxLength": 200,
              "type": "string"
            }
          },
          {
            "description": "The second person (id or name).",
            "in": "query",
            "name": "to",
            "required": true,
            "schema": {
              "maxLength": 200,
              "type": "string"
            }
          },
          {
            "description": "Follow family ties only (parent, spouse, sibling, relative).",
            "in": "query",
            "name": "family-only",
            "required": false,
            "schema": {
              "default": false,
              "type": "boolean"
            }
          },
          {
            "description": "Leave out every tie, event and link below this level.",
            "in": "query",
            "name": "min-confidence",
            "required": false,
            "schema": {
              "default": "hearsay",
              "enum": [
                "hearsay",
                "single-source",
                "corroborated",
                "confirmed"
              ],
              "type": "string"
            }
          }
        ],
        "responses": {
          "200": {
            "content": {
              "application/json": {
                "schema": {
                  "$ref": "#/components/schemas/Path"
                }
              }
            },
            "description": "The answer, as `kingraph path --json` prints it."
          },
          "400": {
            "content": {
              "application/json": {
                "schema": {
                  "$ref": "#/components/schemas/Error"
                }
              }
            },
            "description": "The question cannot be answered (bad parameter, ambiguous name, no escape)."
          },
          "401": {
            "content": {
              "application/json": {
                "schema": {
                  "$ref": "#/components/schemas/Error"
                }
              }
            },
            "description": "No access token (open the URL `kingraph serve` printed, or send `Authorization: Bearer TOKEN`)."
          },
          "404": {
            "content": {
              "application/json": {
                "schema": {
                  "$ref": "#/components/schemas/Error"
                }
              }
            },
            "description": "No such person or event."
          },
          "429": {
            "description": "Too many requests."
          }
        },
        "summary": "How two people are connected"
      }
    },
    "/api/stats": {
      "get": {
        "operationId": "stats",
        "parameters": [
          {
            "description": "Leave out every tie, event and link below this level.",
            "in": "query",
            "name": "min-confidence",
            "required": false,
            "schema": {
              "default": "hearsay",
              "enum": [
                "hearsay",
                "single-source",
                "corroborated",
                "confirmed"
              ],
              "type": "string"
            }
          }
        ],
        "responses": {
          "200": {
            "content": {
              "application/json": {
                "schema": {
                  "$ref": "#/components/schemas/Stats"
                }
              }
            },
            "description": "The answer, as `kingraph stats --json` prints it."
          },
          "400": {
            "content": {
              "application/json": {
                "schema": {
                  "$ref": "#/components/schemas/Error"
                }
              }
            },
            "description": "The question cannot be answered (bad parameter, ambiguous name, no escape)."
          },
          "401": {
            "content": {
              "application/json": {
                "schema": {
                  "$ref": "#/components/schemas/Error"
                }
              }
            },
            "description": "No access token (open the URL `kingraph serve` printed, or send `Authorization: Bearer TOKEN`)."
          },
          "404": {
            "content": {
              "application/json": {
                "schema": {
                  "$ref": "#/components/schemas/Error"
                }
              }
            },
            "description": "No such person or event."
          },
          "429": {
            "description": "Too many requests."
          }
        },
        "summary": "The archive in the report's terms"
      }
    },
    "/api/timeline": {
      "get": {
        "operationId": "timeline",
        "parameters": [
          {
            "description": "A person id or name (name, hangul or alias in any usual romanisation). Protected people only by pseudonym unless the server reveals them.",
            "in": "query",
            "name": "person",
            "required": true,
            "schema": {
              "maxLength": 200,
              "type": "string"
            }
          },
          {
            "description": "Leave out every tie, event and link below this level.",
            "in": "query",
            "name": "min-confidence",
            "required": false,
            "schema": {
              "default": "hearsay",
              "enum": [
                "hearsay",
                "single-source",
                "corroborated",
                "confirmed"
              ],
              "type": "string"
            }
          }
        ],
        "responses": {
          "200": {
            "content": {
              "application/json": {
                "schema": {
                  "$ref": "#/components/schemas/Timeline"
                }
              }
            },
            "description": "The answer, as `kingraph timeline --json` prints it."
          },
          "400": {
            "content": {
              "application/json": {
                "schema": {
                  "$ref": "#/components/schemas/Error"
                }
              }
            },
            "description": "The question cannot be answered (bad parameter, ambiguous name, no escape)."
          },
          "401": {
            "content": {
              "application/json": {
                "schema": {
                  "$ref": "#/components/schemas/Error"
                }
              }
            },
            "description": "No access token (open the URL `kingraph serve` printed, or send `Authorization: Bearer TOKEN`)."
          },
          "404": {
            "content": {
              "application/json": {
                "schema": {
                  "$ref": "#/components/schemas/Error"
                }
              }
            },
            "description": "No such person or event."
          },
          "429": {
            "description": "Too many requests."
          }
        },
        "summary": "PERSON's events and every event linked to them"
      }
    }
  },
  "security": [
    {
      "bearer": []
    },
    {
      "cookie": []
    }
  ],
  "servers": [
    {
      "url": "http://127.0.0.1:8080"
    }
  ]
}
"""#
}
