import { Catch } from '@nestjs/common';
import type { GqlExceptionFilter } from '@nestjs/graphql';

import { AppError } from '@link/shared/errors';

/**
 * Errors meant for the user go straight to the client. Without this filter Nest logs each one
 * as an unexpected exception, burying real failures among wrong passwords.
 */
@Catch(AppError)
export class AppErrorFilter implements GqlExceptionFilter {
  catch(error: AppError): AppError {
    return error;
  }
}
