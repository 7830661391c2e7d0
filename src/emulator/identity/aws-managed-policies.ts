/**
 * A few AWS managed policies that setup scripts commonly attach. Their documents are the
 * published ones (trimmed to the statements that matter); any other `arn:aws:iam::aws:policy/...`
 * answers NoSuchEntity, as an unknown policy would.
 */
export const awsManagedPolicies: ReadonlyArray<{ name: string; path: string; document: string }> = [
  {
    name: 'AdministratorAccess',
    path: '/',
    document: JSON.stringify({
      Version: '2012-10-17',
      Statement: [{ Effect: 'Allow', Action: '*', Resource: '*' }],
    }),
  },
  {
    name: 'AmazonS3FullAccess',
    path: '/',
    document: JSON.stringify({
      Version: '2012-10-17',
      Statement: [{ Effect: 'Allow', Action: ['s3:*', 's3-object-lambda:*'], Resource: '*' }],
    }),
  },
  {
    name: 'AmazonS3ReadOnlyAccess',
    path: '/',
    document: JSON.stringify({
      Version: '2012-10-17',
      Statement: [
        {
          Effect: 'Allow',
          Action: [
            's3:Get*',
            's3:List*',
            's3:Describe*',
            's3-object-lambda:Get*',
            's3-object-lambda:List*',
          ],
          Resource: '*',
        },
      ],
    }),
  },
  {
    name: 'AmazonDynamoDBFullAccess',
    path: '/',
    document: JSON.stringify({
      Version: '2012-10-17',
      Statement: [{ Effect: 'Allow', Action: ['dynamodb:*'], Resource: '*' }],
    }),
  },
  {
    name: 'AWSLambdaBasicExecutionRole',
    path: '/service-role/',
    document: JSON.stringify({
      Version: '2012-10-17',
      Statement: [
        {
          Effect: 'Allow',
          Action: ['logs:CreateLogGroup', 'logs:CreateLogStream', 'logs:PutLogEvents'],
          Resource: '*',
        },
      ],
    }),
  },
];
