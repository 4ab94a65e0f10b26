"""The base document every diff fixture changes (imported by make-fixtures.py)."""
import copy

def ref(name):
    return {'$ref': '#/components/schemas/' + name}

BASE = {
    'openapi': '3.0.3',
    'info': {'title': 'Pets', 'version': '1.0.0'},
    'servers': [
        {'url': 'https://api.example.com/v1'},
        {'url': 'https://{region}.example.com', 'variables': {'region': {'default': 'eu', 'enum': ['eu', 'us']}}},
    ],
    'security': [{'api_key': []}],
    'paths': {
        '/pets': {
            'get': {
                'operationId': 'listPets',
                'parameters': [
                    {'name': 'limit', 'in': 'query', 'schema': {'type': 'integer', 'format': 'int32'}},
                    {'name': 'state', 'in': 'query', 'schema': {'type': 'string', 'enum': ['available', 'pending']}},
                ],
                'responses': {
                    '200': {
                        'description': 'The pets',
                        'headers': {'X-Rate-Limit': {'required': True, 'schema': {'type': 'integer'}}},
                        'content': {'application/json': {'schema': {'type': 'array', 'items': ref('Pet')}}},
                    },
                    '400': {'description': 'Bad request', 'content': {'application/json': {'schema': ref('Problem')}}},
                },
            },
            'post': {
                'operationId': 'createPet',
                'security': [{'oauth': ['write']}],
                'requestBody': {'required': True, 'content': {'application/json': {'schema': ref('NewPet')}}},
                'responses': {
                    '201': {'description': 'Created', 'content': {'application/json': {'schema': ref('Pet')}}},
                },
            },
        },
        '/pets/{petId}': {
            'parameters': [{'name': 'petId', 'in': 'path', 'required': True, 'schema': {'type': 'string'}}],
            'get': {
                'operationId': 'getPet',
                'responses': {
                    '200': {'description': 'The pet', 'content': {'application/json': {'schema': ref('Pet')}}},
                    '404': {'description': 'Not found', 'content': {'application/json': {'schema': ref('Problem')}}},
                },
            },
            'delete': {'operationId': 'deletePet', 'responses': {'204': {'description': 'Deleted'}}},
        },
    },
    'components': {
        'securitySchemes': {
            'api_key': {'type': 'apiKey', 'in': 'header', 'name': 'X-API-Key'},
            'oauth': {'type': 'oauth2', 'flows': {'clientCredentials': {
                'tokenUrl': 'https://auth.example.com/token', 'scopes': {'read': 'Read', 'write': 'Write'}}}},
        },
        'schemas': {
            'Pet': {
                'type': 'object', 'required': ['id', 'name'],
                'properties': {
                    'id': {'type': 'integer', 'format': 'int64'},
                    'name': {'type': 'string'},
                    'tag': {'type': 'string'},
                    'status': ref('PetStatus'),
                    'animal': ref('Animal'),
                },
            },
            'NewPet': {
                'type': 'object', 'required': ['name'],
                'properties': {
                    'name': {'type': 'string'},
                    'tag': {'type': 'string'},
                    'weight': {'type': 'integer', 'format': 'int32'},
                    'size': ref('Size'),
                    'shape': ref('Shape'),
                },
            },
            'PetStatus': {'type': 'string', 'enum': ['available', 'pending', 'sold']},
            'Size': {'type': 'string', 'enum': ['small', 'large']},
            'Problem': {
                'type': 'object', 'required': ['code', 'message'],
                'properties': {'code': {'type': 'integer', 'format': 'int32'}, 'message': {'type': 'string'}},
            },
            'Animal': {
                'oneOf': [ref('Cat'), ref('Dog')],
                'discriminator': {'propertyName': 'petType',
                                  'mapping': {'cat': '#/components/schemas/Cat', 'dog': '#/components/schemas/Dog'}},
            },
            'Cat': {'type': 'object', 'required': ['petType'],
                    'properties': {'petType': {'type': 'string'}, 'indoor': {'type': 'boolean'}}},
            'Dog': {'type': 'object', 'required': ['petType'],
                    'properties': {'petType': {'type': 'string'}, 'barks': {'type': 'boolean'}}},
            'Shape': {
                'oneOf': [ref('Circle'), ref('Square')],
                'discriminator': {'propertyName': 'kind',
                                  'mapping': {'circle': '#/components/schemas/Circle',
                                              'square': '#/components/schemas/Square'}},
            },
            'Circle': {'type': 'object', 'required': ['kind', 'radius'],
                       'properties': {'kind': {'type': 'string'}, 'radius': {'type': 'number'}}},
            'Square': {'type': 'object', 'required': ['kind', 'side'],
                       'properties': {'kind': {'type': 'string'}, 'side': {'type': 'number'}}},
        },
    },
}

def base():
    return copy.deepcopy(BASE)
